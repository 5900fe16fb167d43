package dev.convai.initiation;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * A text-to-speech model a conversation can be told to use.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code TtsConversationalModel}, sent by the live
 * API and absent from the documented spec.
 */
public final class TtsModel extends OpenVocabulary {

  private static final Registry<TtsModel> VALUES = new Registry<>(TtsModel::new);

  /** {@code eleven_turbo_v2}. */
  public static final TtsModel ELEVEN_TURBO_V2 = VALUES.known("eleven_turbo_v2");

  /** {@code eleven_turbo_v2_5}. */
  public static final TtsModel ELEVEN_TURBO_V2_5 = VALUES.known("eleven_turbo_v2_5");

  /** {@code eleven_flash_v2}. */
  public static final TtsModel ELEVEN_FLASH_V2 = VALUES.known("eleven_flash_v2");

  /** {@code eleven_flash_v2_5}. */
  public static final TtsModel ELEVEN_FLASH_V2_5 = VALUES.known("eleven_flash_v2_5");

  /** {@code eleven_multilingual_v2}. */
  public static final TtsModel ELEVEN_MULTILINGUAL_V2 = VALUES.known("eleven_multilingual_v2");

  /** {@code eleven_v3_conversational}. */
  public static final TtsModel ELEVEN_V3_CONVERSATIONAL = VALUES.known("eleven_v3_conversational");

  private TtsModel(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static TtsModel of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<TtsModel> knownValues() {
    return VALUES.values();
  }
}
