package dev.convai.channel;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * Direction of a phone call.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code TelephonyDirection}.
 */
public final class TelephonyDirection extends OpenVocabulary {

  private static final Registry<TelephonyDirection> VALUES = new Registry<>(TelephonyDirection::new);

  /** {@code inbound}. */
  public static final TelephonyDirection INBOUND = VALUES.known("inbound");

  /** {@code outbound}. */
  public static final TelephonyDirection OUTBOUND = VALUES.known("outbound");

  private TelephonyDirection(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static TelephonyDirection of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<TelephonyDirection> knownValues() {
    return VALUES.values();
  }
}
