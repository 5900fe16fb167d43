package dev.convai.analysis;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * What part of the transcript a scoped analysis used: the whole conversation or one agent's part.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code AnalysisScope}.
 */
public final class AnalysisScope extends OpenVocabulary {

  private static final Registry<AnalysisScope> VALUES = new Registry<>(AnalysisScope::new);

  /** {@code conversation}. */
  public static final AnalysisScope CONVERSATION = VALUES.known("conversation");

  /** {@code agent}. */
  public static final AnalysisScope AGENT = VALUES.known("agent");

  private AnalysisScope(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static AnalysisScope of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<AnalysisScope> knownValues() {
    return VALUES.values();
  }
}
