package dev.convai.history;

import dev.convai.json.Extensible;
import org.immutables.value.Value;

/**
 * The sentiment of a conversation's user turns, as the conversation listing reports it.
 *
 * <p>Wire schema {@code ConversationSentimentAnalysis}.
 */
@Value.Immutable
public interface SentimentAnalysis extends Extensible {

  /** Overall label. Wire name {@code overall_label}. */
  SentimentLabel overallLabel();

  /** Overall sentiment score. Wire name {@code overall_sentiment_score}; {@code 0} when absent. */
  @Value.Default
  default double overallSentimentScore() {
    return 0.0;
  }

  /** Overall frustration score. Wire name {@code overall_frustration_score}; {@code 0} when absent. */
  @Value.Default
  default double overallFrustrationScore() {
    return 0.0;
  }

  /** Lowest sentiment score of a user turn. Wire name {@code min_user_sentiment_score}; {@code 0} when absent. */
  @Value.Default
  default double minUserSentimentScore() {
    return 0.0;
  }

  /** Highest frustration score of a user turn. Wire name {@code max_user_frustration_score}; {@code 0} when absent. */
  @Value.Default
  default double maxUserFrustrationScore() {
    return 0.0;
  }

  /** How many user turns were scored. Wire name {@code num_scored_user_turns}; {@code 0} when absent. */
  @Value.Default
  default long numScoredUserTurns() {
    return 0L;
  }

  /** A builder for this type. */
  static ImmutableSentimentAnalysis.Builder builder() {
    return ImmutableSentimentAnalysis.builder();
  }
}
