package dev.convai.history;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * The overall sentiment of a conversation's user turns.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code ConversationSentimentAnalysisOverallLabel}.
 */
public final class SentimentLabel extends OpenVocabulary {

  private static final Registry<SentimentLabel> VALUES = new Registry<>(SentimentLabel::new);

  /** {@code positive}. */
  public static final SentimentLabel POSITIVE = VALUES.known("positive");

  /** {@code neutral}. */
  public static final SentimentLabel NEUTRAL = VALUES.known("neutral");

  /** {@code negative}. */
  public static final SentimentLabel NEGATIVE = VALUES.known("negative");

  private SentimentLabel(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static SentimentLabel of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<SentimentLabel> knownValues() {
    return VALUES.values();
  }
}
