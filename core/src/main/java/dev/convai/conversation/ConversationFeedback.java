package dev.convai.conversation;

import dev.convai.json.Extensible;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Feedback on the whole conversation: likes, dislikes, rating and comment.
 *
 * <p>Wire schema {@code ConversationHistoryFeedbackCommonModel}.
 */
@Value.Immutable
public interface ConversationFeedback extends Extensible {

  /** Type. Wire name {@code type}; empty when absent or {@code null}. */
  Optional<FeedbackType> type();

  /** Overall score. Wire name {@code overall_score}; empty when absent or {@code null}. */
  Optional<FeedbackScore> overallScore();

  /** Likes. Wire name {@code likes}; {@code 0} when absent. */
  @Value.Default
  default long likes() {
    return 0L;
  }

  /** Dislikes. Wire name {@code dislikes}; {@code 0} when absent. */
  @Value.Default
  default long dislikes() {
    return 0L;
  }

  /** Rating. Wire name {@code rating}; empty when absent or {@code null}. */
  OptionalLong rating();

  /** Comment. Wire name {@code comment}; empty when absent or {@code null}. */
  Optional<String> comment();

  /** A builder for this type. */
  static ImmutableConversationFeedback.Builder builder() {
    return ImmutableConversationFeedback.builder();
  }
}
