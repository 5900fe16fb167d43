package dev.convai.port;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Too many requests (HTTP 429). {@link #retryAfter()} is the server's hint of when to try again,
 * if it gave one; {@link #reason()} says which limit was hit, if the response said.
 */
public final class RateLimitedException extends ConversationAnalysisException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;
  private final RateLimitReason reason;

  /**
   * A failure with this message and details, for a response that did not say which limit was hit.
   *
   * @param message what went wrong, for people; must not contain credentials
   * @param details the conversation, status, attempts and body excerpt
   * @param retryAfter the server's hint of how long to wait, if it gave one
   * @param cause the underlying exception, or {@code null}
   */
  public RateLimitedException(String message, FailureDetails details, Optional<Duration> retryAfter, Throwable cause) {
    this(message, details, retryAfter, RateLimitReason.UNSPECIFIED, cause);
  }

  /**
   * A failure with this message, details and reason.
   *
   * @param message what went wrong, for people; must not contain credentials
   * @param details the conversation, status, attempts and body excerpt
   * @param retryAfter the server's hint of how long to wait, if it gave one
   * @param reason which limit the response said was hit
   * @param cause the underlying exception, or {@code null}
   */
  public RateLimitedException(
      String message, FailureDetails details, Optional<Duration> retryAfter, RateLimitReason reason, Throwable cause) {
    super(message, details, cause);
    this.retryAfter = retryAfter.orElse(null);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  @Override
  public FailureKind kind() {
    return FailureKind.RATE_LIMITED;
  }

  /** How long the server asked callers to wait, from {@code Retry-After} and related headers. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** Which limit the response said was hit; {@link RateLimitReason#UNSPECIFIED} if it did not say. */
  public RateLimitReason reason() {
    return reason;
  }

  /**
   * {@code true} when the account's limit on requests in flight was hit: the call may succeed as
   * soon as another call of the same account finishes, without waiting for time to pass.
   */
  public boolean isConcurrencyLimit() {
    return reason == RateLimitReason.CONCURRENCY;
  }
}
