package dev.convai.batch;

import java.time.Duration;
import java.util.Objects;

/**
 * What a batch does when the port reports a {@link dev.convai.port.RateLimitedException} for an
 * id: wait for the server's {@link dev.convai.port.RateLimitedException#retryAfter() hint} (or
 * {@code fallbackWait} when it gave none), then call again, as long as both bounds hold. When the
 * next wait would break a bound, the rate-limit failure is the id's outcome.
 *
 * <p>These retries come on top of any the adapter makes itself within one call.
 *
 * @param maxAttempts calls per id at most, the first included; {@code 1} means no retry
 * @param maxTotalWait the most time one id may spend waiting between its calls, all waits added
 * @param fallbackWait the wait when the server gave no hint
 */
public record RateLimitPolicy(int maxAttempts, Duration maxTotalWait, Duration fallbackWait) {

  private static final RateLimitPolicy NONE = new RateLimitPolicy(1, Duration.ZERO, Duration.ZERO);

  /**
   * A policy.
   *
   * @throws IllegalArgumentException if {@code maxAttempts} is below 1 or a duration is negative
   */
  public RateLimitPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    requireNotNegative(maxTotalWait, "maxTotalWait");
    requireNotNegative(fallbackWait, "fallbackWait");
  }

  /** Never retry: a rate-limit failure is reported at once. */
  public static RateLimitPolicy none() {
    return NONE;
  }

  /**
   * Retry up to {@code maxAttempts} calls per id, waiting at most {@code maxTotalWait} in all, one
   * second when the server gives no hint.
   */
  public static RateLimitPolicy retrying(int maxAttempts, Duration maxTotalWait) {
    return new RateLimitPolicy(maxAttempts, maxTotalWait, Duration.ofSeconds(1));
  }

  /** Five calls per id, at most two minutes of waiting per id, one second without a hint. */
  public static RateLimitPolicy defaults() {
    return retrying(5, Duration.ofMinutes(2));
  }

  /** The same policy with this wait when the server gives no hint. */
  public RateLimitPolicy withFallbackWait(Duration fallbackWait) {
    return new RateLimitPolicy(maxAttempts, maxTotalWait, fallbackWait);
  }

  /**
   * Whether a call that was attempt number {@code attempt} may be retried after waiting
   * {@code wait}, given that the id already waited {@code waited}.
   */
  boolean allows(int attempt, Duration waited, Duration wait) {
    return attempt < maxAttempts && waited.plus(wait).compareTo(maxTotalWait) <= 0;
  }

  private static void requireNotNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
  }
}
