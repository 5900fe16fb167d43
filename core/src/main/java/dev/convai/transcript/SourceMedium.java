package dev.convai.transcript;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * The medium a user turn arrived through.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code ChatSourceMedium}.
 */
public final class SourceMedium extends OpenVocabulary {

  private static final Registry<SourceMedium> VALUES = new Registry<>(SourceMedium::new);

  /** {@code audio}. */
  public static final SourceMedium AUDIO = VALUES.known("audio");

  /** {@code text}. */
  public static final SourceMedium TEXT = VALUES.known("text");

  /** {@code image}. */
  public static final SourceMedium IMAGE = VALUES.known("image");

  /** {@code file}. */
  public static final SourceMedium FILE = VALUES.known("file");

  private SourceMedium(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static SourceMedium of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<SourceMedium> knownValues() {
    return VALUES.values();
  }
}
