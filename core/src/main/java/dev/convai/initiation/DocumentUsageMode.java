package dev.convai.initiation;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * How a knowledge-base document is used: always in the prompt, or retrieved when relevant.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code DocumentUsageModeEnum}.
 */
public final class DocumentUsageMode extends OpenVocabulary {

  private static final Registry<DocumentUsageMode> VALUES = new Registry<>(DocumentUsageMode::new);

  /** {@code prompt}. */
  public static final DocumentUsageMode PROMPT = VALUES.known("prompt");

  /** {@code auto}. */
  public static final DocumentUsageMode AUTO = VALUES.known("auto");

  private DocumentUsageMode(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static DocumentUsageMode of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<DocumentUsageMode> knownValues() {
    return VALUES.values();
  }
}
