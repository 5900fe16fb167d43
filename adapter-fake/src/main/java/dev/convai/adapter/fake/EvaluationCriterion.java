package dev.convai.adapter.fake;

import java.util.Objects;

/**
 * One evaluation criterion of an agent, as configured on the platform: the analysis gives it a
 * verdict (success, failure or unknown) and a rationale.
 *
 * @param id the criterion's id, the key of its result in the analysis
 * @param name a short name, quoted in the rationale
 * @param prompt what the evaluator checks the transcript for
 */
public record EvaluationCriterion(String id, String name, String prompt) {

  /** A criterion; refuses a blank id. */
  public EvaluationCriterion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(prompt, "prompt");
    if (id.isBlank()) {
      throw new IllegalArgumentException("A criterion id must not be blank");
    }
  }

  /** The same criterion with another prompt. */
  public EvaluationCriterion withPrompt(String prompt) {
    return new EvaluationCriterion(id, name, prompt);
  }
}
