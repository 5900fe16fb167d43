package dev.convai.conversation;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * A thumbs-up or thumbs-down.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code UserFeedbackScore}.
 */
public final class FeedbackScore extends OpenVocabulary {

  private static final Registry<FeedbackScore> VALUES = new Registry<>(FeedbackScore::new);

  /** {@code like}. */
  public static final FeedbackScore LIKE = VALUES.known("like");

  /** {@code dislike}. */
  public static final FeedbackScore DISLIKE = VALUES.known("dislike");

  private FeedbackScore(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static FeedbackScore of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<FeedbackScore> knownValues() {
    return VALUES.values();
  }
}
