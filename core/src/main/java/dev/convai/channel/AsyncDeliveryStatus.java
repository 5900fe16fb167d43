package dev.convai.channel;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * Delivery state of an asynchronous conversation.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code AsyncConversationMetadataDeliveryStatus}.
 */
public final class AsyncDeliveryStatus extends OpenVocabulary {

  private static final Registry<AsyncDeliveryStatus> VALUES = new Registry<>(AsyncDeliveryStatus::new);

  /** {@code pending}. */
  public static final AsyncDeliveryStatus PENDING = VALUES.known("pending");

  /** {@code success}. */
  public static final AsyncDeliveryStatus SUCCESS = VALUES.known("success");

  /** {@code failed}. */
  public static final AsyncDeliveryStatus FAILED = VALUES.known("failed");

  private AsyncDeliveryStatus(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static AsyncDeliveryStatus of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<AsyncDeliveryStatus> knownValues() {
    return VALUES.values();
  }
}
