package dev.convai.analysis;

import dev.convai.json.Extensible;
import org.immutables.value.Value;

/**
 * The verdict of one evaluation criterion, with the evaluator's rationale.
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
