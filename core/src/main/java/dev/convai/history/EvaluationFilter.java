package dev.convai.history;

import dev.convai.analysis.Verdict;
import java.util.Objects;

/**
 * Keeps the conversations whose evaluation criterion had this verdict. On the wire, one
 * {@code evaluation_params} value {@code criterion_id:result}.
 *
 * @param criterionId the evaluation criterion's id; not blank, without {@code :}
 * @param result the verdict the criterion must have had
 */
public record EvaluationFilter(String criterionId, Verdict result) {

  public EvaluationFilter {
    Filters.requireToken(criterionId, "evaluation filter criterion id");
    Objects.requireNonNull(result, "result");
  }

  /** Conversations where this criterion had this verdict. */
  public static EvaluationFilter of(String criterionId, Verdict result) {
    return new EvaluationFilter(criterionId, result);
  }

  /** The query parameter's value: {@code criterion_id:result}. */
  public String toParameter() {
    return criterionId + ":" + result.value();
  }
}
