package dev.convai.analysis;

import dev.convai.json.Extensible;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The verdict of one evaluation criterion, with the evaluator's rationale, and for a criterion
 * scored with a number ({@link ScoringMode#NUMERIC_UNIFORM}) its score out of a maximum.
 *
 * <p>Wire schema {@code ConversationHistoryEvaluationCriteriaResultCommonModel}.
 */
@Value.Immutable
public interface CriterionResult extends Extensible {

  /** Criteria id. Wire name {@code criteria_id}. */
  String criteriaId();

  /** Result. Wire name {@code result}. */
  Verdict result();

  /** Rationale. Wire name {@code rationale}. */
  String rationale();

  /**
   * How the criterion is scored. Sent by the live API, absent from the documented spec. Wire name
   * {@code scoring_mode}; empty when absent or {@code null}.
   */
  Optional<ScoringMode> scoringMode();

  /**
   * The score given for the criterion. Sent by the live API, absent from the documented spec. Wire
   * name {@code score}; empty when absent or {@code null}.
   */
  OptionalLong score();

  /**
   * The highest score the criterion allows. Sent by the live API, absent from the documented spec.
   * Wire name {@code max_score}; empty when absent or {@code null}.
   */
  OptionalLong maxScore();

  /**
   * {@code true} when the criterion is scored with a number: its scoring mode says {@code
   * numeric_uniform}, or, when the mode is absent or one this library does not know, it carries a
   * score.
   */
  default boolean isNumeric() {
    Optional<ScoringMode> mode = scoringMode().filter(ScoringMode::isKnown);
    return mode.isPresent() ? ScoringMode.NUMERIC_UNIFORM.equals(mode.get()) : score().isPresent();
  }

  /**
   * The score as a fraction of the maximum score ({@code 7} of {@code 10} is {@code 0.7}); empty
   * unless both are present and the maximum is positive.
   */
  default OptionalDouble scoreFraction() {
    if (score().isEmpty() || maxScore().isEmpty() || maxScore().getAsLong() <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((double) score().getAsLong() / maxScore().getAsLong());
  }

  /** {@code true} when the verdict is success. */
  default boolean passed() {
    return Verdict.SUCCESS.equals(result());
  }

  /** {@code true} when the verdict is failure. */
  default boolean failed() {
    return Verdict.FAILURE.equals(result());
  }

  /** A builder for this type. */
  static ImmutableCriterionResult.Builder builder() {
    return ImmutableCriterionResult.builder();
  }
}
