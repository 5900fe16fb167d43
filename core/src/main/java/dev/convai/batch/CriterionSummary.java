package dev.convai.batch;

import java.util.Objects;

/**
 * The verdicts one evaluation criterion received across a batch.
 *
 * @param criterionId the criterion's id, as the agent defines it
 * @param success conversations where the criterion succeeded
 * @param failure conversations where it failed
 * @param unknown conversations where the evaluator could not decide
 * @param other verdicts the server sent that this library does not know
 */
public record CriterionSummary(String criterionId, long success, long failure, long unknown, long other) {

  /** A summary; the id must not be {@code null}. */
  public CriterionSummary {
    Objects.requireNonNull(criterionId, "criterionId");
  }

  /** Conversations that had a result for this criterion. */
  public long total() {
    return success + failure + unknown + other;
  }

  /** Share of {@link #success()} in {@link #total()}, from 0 to 1; 0 when there were none. */
  public double successRate() {
    return rate(success);
  }

  /** Share of {@link #failure()} in {@link #total()}, from 0 to 1; 0 when there were none. */
  public double failureRate() {
    return rate(failure);
  }

  /** Share of {@link #unknown()} in {@link #total()}, from 0 to 1; 0 when there were none. */
  public double unknownRate() {
    return rate(unknown);
  }

  private double rate(long count) {
    long total = total();
    return total == 0 ? 0 : (double) count / total;
  }
}
