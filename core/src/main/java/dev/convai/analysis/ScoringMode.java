package dev.convai.analysis;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * How an evaluation criterion is scored: {@code binary} (a success or failure verdict) or {@code
 * numeric_uniform} (a score up to a maximum).
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code CriteriaScoringMode}, sent by the live API
 * and absent from the documented spec.
 */
public final class ScoringMode extends OpenVocabulary {

  private static final Registry<ScoringMode> VALUES = new Registry<>(ScoringMode::new);

  /** {@code binary}: the criterion's result is its verdict. */
  public static final ScoringMode BINARY = VALUES.known("binary");

  /** {@code numeric_uniform}: the criterion has a score between 0 and its maximum score. */
  public static final ScoringMode NUMERIC_UNIFORM = VALUES.known("numeric_uniform");

  private ScoringMode(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static ScoringMode of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<ScoringMode> knownValues() {
    return VALUES.values();
  }
}
