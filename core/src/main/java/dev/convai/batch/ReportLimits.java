package dev.convai.batch;

/**
 * Caps on what a {@link BatchReport} keeps, so that aggregating millions of outcomes takes bounded
 * memory. Everything is still counted; the caps only limit how much is kept by name.
 *
 * @param maxCriteria evaluation criteria tracked by id; results of further criteria are counted in
 *     {@link BatchReport#untrackedCriterionResults()}
 * @param maxDataCollectionItems data-collection items tracked by id; results of further items are
 *     counted in {@link BatchReport#untrackedDataCollectionResults()}
 * @param maxDistinctValues distinct values counted per data-collection item (and for call
 *     success); further values are counted together as {@link ValueCounts#others()}
 * @param maxValueLength characters of a value kept as its key in {@link ValueCounts}; longer values
 *     are cut and marked with an ellipsis
 * @param maxIdsPerFailureKind ids kept per {@link dev.convai.port.FailureKind}; all are counted
 */
public record ReportLimits(
    int maxCriteria,
    int maxDataCollectionItems,
    int maxDistinctValues,
    int maxValueLength,
    int maxIdsPerFailureKind) {

  private static final ReportLimits DEFAULTS = new ReportLimits(200, 200, 20, 120, 100);

  /**
   * Limits.
   *
   * @throws IllegalArgumentException if a cap is negative or {@code maxValueLength} is below 1
   */
  public ReportLimits {
    requireNotNegative(maxCriteria, "maxCriteria");
    requireNotNegative(maxDataCollectionItems, "maxDataCollectionItems");
    requireNotNegative(maxDistinctValues, "maxDistinctValues");
    requireNotNegative(maxIdsPerFailureKind, "maxIdsPerFailureKind");
    if (maxValueLength < 1) {
      throw new IllegalArgumentException("maxValueLength must be at least 1, was " + maxValueLength);
    }
  }

  /** 200 criteria, 200 data-collection items, 20 distinct values of up to 120 characters, 100 ids per failure kind. */
  public static ReportLimits defaults() {
    return DEFAULTS;
  }

  private static void requireNotNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
  }
}
