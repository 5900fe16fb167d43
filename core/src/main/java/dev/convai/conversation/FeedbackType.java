package dev.convai.conversation;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * How feedback was given: thumbs or rating.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code ConversationFeedbackType}.
 */
public final class FeedbackType extends OpenVocabulary {

  private static final Registry<FeedbackType> VALUES = new Registry<>(FeedbackType::new);

  /** {@code thumbs}. */
  public static final FeedbackType THUMBS = VALUES.known("thumbs");

  /** {@code rating}. */
  public static final FeedbackType RATING = VALUES.known("rating");

  private FeedbackType(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static FeedbackType of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<FeedbackType> knownValues() {
    return VALUES.values();
  }
}
