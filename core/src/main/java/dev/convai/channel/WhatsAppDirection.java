package dev.convai.channel;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * Direction of a WhatsApp conversation.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code WhatsAppConversationInfoDirection}.
 */
public final class WhatsAppDirection extends OpenVocabulary {

  private static final Registry<WhatsAppDirection> VALUES = new Registry<>(WhatsAppDirection::new);

  /** {@code inbound}. */
  public static final WhatsAppDirection INBOUND = VALUES.known("inbound");

  /** {@code outbound}. */
  public static final WhatsAppDirection OUTBOUND = VALUES.known("outbound");

  /** {@code unknown}. */
  public static final WhatsAppDirection UNKNOWN = VALUES.known("unknown");

  private WhatsAppDirection(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static WhatsAppDirection of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<WhatsAppDirection> knownValues() {
    return VALUES.values();
  }
}
