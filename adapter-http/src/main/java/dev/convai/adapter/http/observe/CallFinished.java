package dev.convai.adapter.http.observe;

import dev.convai.port.ConversationAnalysisException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A call has ended, once and for all.
 *
 * @param outcome success, failure or cancellation
 * @param attempts how many requests were made
 * @param elapsed from the call's start to its end, waits between attempts included
 * @param failure the failure the caller receives, present exactly when the outcome is
 *     {@link Outcome#FAILURE}
 */
public record CallFinished(
    Outcome outcome, int attempts, Duration elapsed, Optional<ConversationAnalysisException> failure) {

  public CallFinished {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(failure, "failure");
    if (failure.isPresent() != (outcome == Outcome.FAILURE)) {
      throw new IllegalArgumentException("a failure goes with the FAILURE outcome only");
    }
  }

  /** How a call ended. */
  public enum Outcome {
    /** The caller received a result. */
    SUCCESS,
    /** The caller received a {@link ConversationAnalysisException}. */
    FAILURE,
    /** The caller cancelled the call (or its future timed out) before it ended. */
    CANCELLED;

    /** Lower-case name, such as {@code success}: the tag value metrics use. */
    public String tagValue() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
