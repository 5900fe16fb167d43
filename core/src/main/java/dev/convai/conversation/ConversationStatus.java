package dev.convai.conversation;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * Where a conversation is in its life: {@code initiated}, {@code in-progress}, {@code processing},
 * {@code done} or {@code failed}.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code GetConversationResponseModelStatus}.
 */
public final class ConversationStatus extends OpenVocabulary {

  private static final Registry<ConversationStatus> VALUES = new Registry<>(ConversationStatus::new);

  /** {@code initiated}. */
  public static final ConversationStatus INITIATED = VALUES.known("initiated");

  /** {@code in-progress}. */
  public static final ConversationStatus IN_PROGRESS = VALUES.known("in-progress");

  /** {@code processing}. */
  public static final ConversationStatus PROCESSING = VALUES.known("processing");

  /** {@code done}. */
  public static final ConversationStatus DONE = VALUES.known("done");

  /** {@code failed}. */
  public static final ConversationStatus FAILED = VALUES.known("failed");

  private ConversationStatus(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static ConversationStatus of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<ConversationStatus> knownValues() {
    return VALUES.values();
  }
}
