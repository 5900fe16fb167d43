package dev.convai.analysis;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * The outcome of an evaluation: {@code success}, {@code failure} or {@code unknown} (the evaluator
 * could not decide).
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code EvaluationSuccessResult}.
 */
public final class Verdict extends OpenVocabulary {

  private static final Registry<Verdict> VALUES = new Registry<>(Verdict::new);

  /** {@code success}. */
  public static final Verdict SUCCESS = VALUES.known("success");

  /** {@code failure}. */
  public static final Verdict FAILURE = VALUES.known("failure");

  /** {@code unknown}. */
  public static final Verdict UNKNOWN = VALUES.known("unknown");

  private Verdict(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static Verdict of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<Verdict> knownValues() {
    return VALUES.values();
  }
}
