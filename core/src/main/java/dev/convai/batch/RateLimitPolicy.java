package dev.convai.batch;

import java.time.Duration;
import java.util.Objects;

/**
 * What a batch does when the port reports a {@link dev.convai.port.RateLimitedException} for an
 * id. There are two cases.
 *
 * <p><b>The account's concurrency limit</b> ({@link dev.convai.port.RateLimitedException#isConcurrencyLimit()},
 * without a retry hint), in a batch with adaptive concurrency: the id goes back in line and is
 * called again as soon as one of the batch's calls finishes, however often that takes. It fails
 * only when no call of the batch has completed for {@code maxTimeWithoutProgress}: the account is
 * making no progress at all, so waiting longer is unlikely to help.
 *
 * <p><b>Any other 429</b>, and every 429 in a batch of fixed concurrency: wait for the server's
 * {@link dev.convai.port.RateLimitedException#retryAfter() hint} (or {@code fallbackWait} when it
 * gave none), then call again, as long as both bounds hold. When the next wait would break a
 * bound, the rate-limit failure is the id's outcome.
 *
 * <p>These retries come on top of any the adapter makes itself within one call.
 *
 * @param maxAttempts calls per id at most, the first included, for 429s of the second case;
 *     {@code 1} means no retry
 * @param maxTotalWait the most time one id may spend waiting between its calls, all waits added,
 *     for 429s of the second case
 * @param fallbackWait the wait when the server gave no hint; also the longest pause the batch
 *     makes when the account refuses even a single call of the batch
 * @param maxTimeWithoutProgress how long the account may go without completing any call of the
 *     batch before an id refused for its concurrency limit fails
 */
public record RateLimitPolicy(
    int maxAttempts, Duration maxTotalWait, Duration fallbackWait, Duration maxTimeWithoutProgress) {

  /** How long a batch waits for progress unless told otherwise. */
  public static final Duration DEFAULT_MAX_TIME_WITHOUT_PROGRESS = Duration.ofMinutes(5);

  private static final RateLimitPolicy NONE =
      new RateLimitPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

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
    requireNotNegative(maxTimeWithoutProgress, "maxTimeWithoutProgress");
  }

  /**
   * A policy that waits {@link #DEFAULT_MAX_TIME_WITHOUT_PROGRESS} for progress.
   *
   * @throws IllegalArgumentException if {@code maxAttempts} is below 1 or a duration is negative
   */
  public RateLimitPolicy(int maxAttempts, Duration maxTotalWait, Duration fallbackWait) {
    this(maxAttempts, maxTotalWait, fallbackWait, DEFAULT_MAX_TIME_WITHOUT_PROGRESS);
  }

  /** Never retry: a rate-limit failure is reported at once, also one for the concurrency limit. */
  public static RateLimitPolicy none() {
    return NONE;
  }

  /**
   * Retry up to {@code maxAttempts} calls per id, waiting at most {@code maxTotalWait} in all, one
   * second when the server gives no hint; ids refused for the concurrency limit wait up to
   * {@link #DEFAULT_MAX_TIME_WITHOUT_PROGRESS} for progress.
   */
  public static RateLimitPolicy retrying(int maxAttempts, Duration maxTotalWait) {
    return new RateLimitPolicy(maxAttempts, maxTotalWait, Duration.ofSeconds(1));
  }

  /**
   * Five calls per id, at most two minutes of waiting per id, one second without a hint, and five
   * minutes without progress before an id refused for the concurrency limit fails.
   */
  public static RateLimitPolicy defaults() {
    return retrying(5, Duration.ofMinutes(2));
  }

  /** The same policy with this wait when the server gives no hint. */
  public RateLimitPolicy withFallbackWait(Duration fallbackWait) {
    return new RateLimitPolicy(maxAttempts, maxTotalWait, fallbackWait, maxTimeWithoutProgress);
  }

  /** The same policy with this bound on the time without progress. */
  public RateLimitPolicy withMaxTimeWithoutProgress(Duration maxTimeWithoutProgress) {
    return new RateLimitPolicy(maxAttempts, maxTotalWait, fallbackWait, maxTimeWithoutProgress);
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
