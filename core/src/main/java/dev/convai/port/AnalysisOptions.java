package dev.convai.port;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call options of {@link ConversationAnalysisPort#runAnalysis(dev.convai.conversation.ConversationId,
 * AnalysisOptions)}. What an option leaves unset, the adapter's own configuration decides.
 *
 * @param retries whether failed attempts that may succeed on retry are retried
 * @param timeout a deadline for this call in place of the adapter's, covering all attempts
 * @param concurrencyLimitRetries whether a 429 that says the account's concurrency limit is
 *     reached, and gives no retry hint, is retried like other retryable failures (when
 *     {@code retries} is on); off for callers that hold such calls back themselves until one of
 *     their calls finishes, as the batch service does
 */
public record AnalysisOptions(boolean retries, Optional<Duration> timeout, boolean concurrencyLimitRetries) {

  private static final AnalysisOptions DEFAULTS = new AnalysisOptions(true, Optional.empty(), true);

  /** Options; a timeout must be positive. */
  public AnalysisOptions {
    Objects.requireNonNull(timeout, "timeout");
    timeout.ifPresent(
        value -> {
          if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + value);
          }
        });
  }

  /** Options that retry concurrency-limit 429s like other retryable failures. */
  public AnalysisOptions(boolean retries, Optional<Duration> timeout) {
    this(retries, timeout, true);
  }

  /** Retries on, the adapter's timeout. */
  public static AnalysisOptions defaults() {
    return DEFAULTS;
  }

  /** The same options with retries switched off: exactly one request is made. */
  public AnalysisOptions withoutRetries() {
    return new AnalysisOptions(false, timeout, concurrencyLimitRetries);
  }

  /** The same options with this deadline for the call. */
  public AnalysisOptions withTimeout(Duration timeout) {
    return new AnalysisOptions(retries, Optional.of(timeout), concurrencyLimitRetries);
  }

  /**
   * The same options, except that a 429 saying the account's concurrency limit is reached, with
   * no retry hint, fails at once instead of being retried. Other retryable failures, and such a
   * 429 that says when to retry, are retried as before.
   */
  public AnalysisOptions withoutConcurrencyLimitRetries() {
    return new AnalysisOptions(retries, timeout, false);
  }

  /**
   * Whether an adapter may retry this failure under these options, if the failure is of a
   * retryable kind at all: the one place that decides, so that every adapter decides alike.
   */
  public boolean mayRetry(ConversationAnalysisException failure) {
    Objects.requireNonNull(failure, "failure");
    if (!retries) {
      return false;
    }
    if (!concurrencyLimitRetries && failure instanceof RateLimitedException) {
      RateLimitedException limited = (RateLimitedException) failure;
      return !limited.isConcurrencyLimit() || limited.retryAfter().isPresent();
    }
    return true;
  }
}
