package dev.convai.adapter.fake;

import dev.convai.analysis.ScoringMode;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One evaluation criterion of an agent, as configured on the platform. A {@linkplain
 * ScoringMode#BINARY binary} criterion gets a verdict (success, failure or unknown) and a
 * rationale; a {@linkplain ScoringMode#NUMERIC_UNIFORM numeric} one also gets a score from 0 to its
 * maximum score, and its verdict follows the score.
 *
 * @param id the criterion's id, the key of its result in the analysis
 * @param name a short name, quoted in the rationale
 * @param prompt what the evaluator checks the transcript for
 * @param scoringMode how the criterion is scored
 * @param maxScore the highest score of a numeric criterion; empty for a binary one
 */
public record EvaluationCriterion(
    String id, String name, String prompt, ScoringMode scoringMode, OptionalLong maxScore) {

  /** The largest maximum score a numeric criterion may have. */
  public static final long LARGEST_MAX_SCORE = 1_000_000;

  /**
   * A criterion; refuses a blank id, a numeric criterion without a maximum score from 1 to {@link
   * #LARGEST_MAX_SCORE}, and a maximum score on any other.
   */
  public EvaluationCriterion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(scoringMode, "scoringMode");
    Objects.requireNonNull(maxScore, "maxScore");
    if (id.isBlank()) {
      throw new IllegalArgumentException("A criterion id must not be blank");
    }
    if (ScoringMode.NUMERIC_UNIFORM.equals(scoringMode)
        ? maxScore.isEmpty() || maxScore.getAsLong() < 1 || maxScore.getAsLong() > LARGEST_MAX_SCORE
        : maxScore.isPresent()) {
      throw new IllegalArgumentException(
          "A numeric criterion needs a maximum score from 1 to " + LARGEST_MAX_SCORE
              + ", and only a numeric one has one: " + scoringMode + " with " + maxScore);
    }
  }

  /** A {@linkplain ScoringMode#BINARY binary} criterion: a verdict and a rationale. */
  public EvaluationCriterion(String id, String name, String prompt) {
    this(id, name, prompt, ScoringMode.BINARY, OptionalLong.empty());
  }

  /**
   * A {@linkplain ScoringMode#NUMERIC_UNIFORM numeric} criterion, scored from 0 to {@code
   * maxScore}; its verdict is success from half the maximum up, failure below.
   */
  public static EvaluationCriterion numeric(String id, String name, String prompt, long maxScore) {
    return new EvaluationCriterion(id, name, prompt, ScoringMode.NUMERIC_UNIFORM, OptionalLong.of(maxScore));
  }

  /** {@code true} for a criterion scored with a number. */
  public boolean isNumeric() {
    return ScoringMode.NUMERIC_UNIFORM.equals(scoringMode);
  }

  /** The same criterion with another prompt. */
  public EvaluationCriterion withPrompt(String prompt) {
    return new EvaluationCriterion(id, name, prompt, scoringMode, maxScore);
  }
}
