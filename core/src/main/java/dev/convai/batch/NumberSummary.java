package dev.convai.batch;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * The numeric values of one data-collection item across a batch, computed exactly.
 *
 * @param count how many values were numbers
 * @param min the smallest, if there was any
 * @param max the largest, if there was any
 * @param sum all added
 */
public record NumberSummary(long count, Optional<BigDecimal> min, Optional<BigDecimal> max, BigDecimal sum) {

  private static final NumberSummary EMPTY =
      new NumberSummary(0, Optional.empty(), Optional.empty(), BigDecimal.ZERO);

  /** A summary; no component may be {@code null}. */
  public NumberSummary {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(sum, "sum");
  }

  /** No numbers. */
  public static NumberSummary empty() {
    return EMPTY;
  }

  /** The arithmetic mean to 34 significant digits, if there was any number. */
  public Optional<BigDecimal> mean() {
    return count == 0
        ? Optional.empty()
        : Optional.of(sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128));
  }

  /** This summary with one more value. */
  NumberSummary plus(BigDecimal value) {
    return new NumberSummary(
        count + 1,
        Optional.of(min.filter(m -> m.compareTo(value) <= 0).orElse(value)),
        Optional.of(max.filter(m -> m.compareTo(value) >= 0).orElse(value)),
        sum.add(value));
  }
}
