package dev.convai.channel;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * Direction of an SMS conversation.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code SmsConversationInfoDirection}.
 */
public final class SmsDirection extends OpenVocabulary {

  private static final Registry<SmsDirection> VALUES = new Registry<>(SmsDirection::new);

  /** {@code inbound}. */
  public static final SmsDirection INBOUND = VALUES.known("inbound");

  /** {@code outbound}. */
  public static final SmsDirection OUTBOUND = VALUES.known("outbound");

  private SmsDirection(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static SmsDirection of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<SmsDirection> knownValues() {
    return VALUES.values();
  }
}
