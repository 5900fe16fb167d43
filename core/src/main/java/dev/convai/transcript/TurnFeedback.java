package dev.convai.transcript;

import dev.convai.conversation.FeedbackScore;
import dev.convai.json.Extensible;
import org.immutables.value.Value;

/**
 * Feedback the user gave on one turn.
 *
 * <p>Wire schema {@code UserFeedback}.
 */
@Value.Immutable
public interface TurnFeedback extends Extensible {

  /** Score. Wire name {@code score}. */
  FeedbackScore score();

  /** Time in call, in seconds. Wire name {@code time_in_call_secs}. */
  long timeInCallSecs();

  /** A builder for this type. */
  static ImmutableTurnFeedback.Builder builder() {
    return ImmutableTurnFeedback.builder();
  }
}
