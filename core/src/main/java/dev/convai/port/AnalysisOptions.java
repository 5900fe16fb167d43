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
 */
public record AnalysisOptions(boolean retries, Optional<Duration> timeout) {

  private static final AnalysisOptions DEFAULTS = new AnalysisOptions(true, Optional.empty());

  public AnalysisOptions {
    Objects.requireNonNull(timeout, "timeout");
    timeout.ifPresent(
        value -> {
          if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + value);
          }
        });
  }

  /** Retries on, the adapter's timeout. */
  public static AnalysisOptions defaults() {
    return DEFAULTS;
  }

  /** The same options with retries switched off: exactly one request is made. */
  public AnalysisOptions withoutRetries() {
    return new AnalysisOptions(false, timeout);
  }

  /** The same options with this deadline for the call. */
  public AnalysisOptions withTimeout(Duration timeout) {
    return new AnalysisOptions(retries, Optional.of(timeout));
  }
}
