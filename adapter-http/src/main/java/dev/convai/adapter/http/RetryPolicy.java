package dev.convai.adapter.http;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * How many times to retry and how long to wait before each retry.
 *
 * <p>Without a server hint the wait before retry {@code n} (1-based) is
 * {@code min(max, initial * 2^(n-1))}, shortened by a random 0-25 % so that clients that failed
 * together do not come back together. A server hint ({@link RetryHints}) replaces the computed
 * wait and is capped at {@code maxRetryAfter}.
 */
final class RetryPolicy {

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final DoubleSupplier random;

  /**
   * @param random returns a uniformly distributed number in [0, 1); called from event-loop threads
   */
  RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter, DoubleSupplier random) {
    this.maxRetries = maxRetries;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
    this.maxRetryAfter = maxRetryAfter;
    this.random = random;
  }

  int maxRetries() {
    return maxRetries;
  }

  /** {@code true} for statuses worth another try: 408, 409, 429 and 5xx. */
  static boolean retryableStatus(int status) {
    return status == 408 || status == 409 || status == 429 || (status >= 500 && status <= 599);
  }

  /**
   * The wait before retry number {@code retry} (1 for the first retry).
   *
   * @param serverHint what the server asked for, if anything
   */
  Duration delayBefore(int retry, Optional<Duration> serverHint) {
    if (serverHint.isPresent()) {
      Duration hint = serverHint.get();
      return hint.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : hint;
    }
    long initialNanos = initialBackoff.toNanos();
    long maxNanos = maxBackoff.toNanos();
    int shift = Math.min(Math.max(retry - 1, 0), 30);
    double base = Math.min((double) maxNanos, initialNanos * Math.pow(2, shift));
    double jittered = base * (1.0 - 0.25 * clamp(random.getAsDouble()));
    return Duration.ofNanos((long) jittered);
  }

  private static double clamp(double r) {
    return r < 0 ? 0 : r >= 1 ? Math.nextDown(1.0) : r;
  }

  @Override
  public String toString() {
    return "maxRetries=" + maxRetries + ", backoff=" + initialBackoff + ".." + maxBackoff + ", maxRetryAfter=" + maxRetryAfter;
  }
}
