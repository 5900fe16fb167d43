package dev.convai.port;

/**
 * What a {@link RateLimitedException} says was exceeded, as far as the response told. The API
 * answers 429 for different limits, and each calls for a different response from the caller.
 */
public enum RateLimitReason {
  /**
   * The account already has as many requests in flight as its plan allows (the API's
   * {@code too_many_concurrent_requests}, or {@code concurrent_limit_exceeded}). Waiting for time
   * to pass does not help; waiting for one of the caller's own calls to finish does.
   */
  CONCURRENCY,
  /** Too many requests in a period of time ({@code rate_limit_exceeded}): back off, then retry. */
  REQUEST_RATE,
  /** The service is busy for everyone ({@code system_busy}): back off, then retry. */
  SERVER_BUSY,
  /** The response did not say, or said something this version does not know. */
  UNSPECIFIED
}
