package dev.convai.batch;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The verdicts one evaluation criterion received across a batch, and for a criterion scored with a
 * number its scores.
 *
 * @param criterionId the criterion's id, as the agent defines it
 * @param success conversations where the criterion succeeded
 * @param failure conversations where it failed
 * @param unknown conversations where the evaluator could not decide
 * @param other verdicts the server sent that this library does not know
 * @param scores the scores the criterion got, exactly (empty for a criterion without scores)
 * @param maxScore the largest maximum score its results named, if any did
 */
public record CriterionSummary(
    String criterionId,
    long success,
    long failure,
    long unknown,
    long other,
    NumberSummary scores,
    OptionalLong maxScore) {

  /** A summary; no component may be {@code null}. */
  public CriterionSummary {
    Objects.requireNonNull(criterionId, "criterionId");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(maxScore, "maxScore");
  }

  /** A summary of verdicts only, for a criterion without scores. */
  public CriterionSummary(String criterionId, long success, long failure, long unknown, long other) {
    this(criterionId, success, failure, unknown, other, NumberSummary.empty(), OptionalLong.empty());
  }

  /** The mean of the {@linkplain #scores() scores}, to 34 significant digits; empty without any. */
  public Optional<BigDecimal> meanScore() {
    return scores.mean();
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
