package dev.convai.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often each value occurred, for the first {@link ReportLimits#maxDistinctValues()} distinct
 * values seen; occurrences of any further value are counted together in {@link #others()}.
 *
 * @param counts occurrences per value, most frequent first (ties in the order first seen)
 * @param others occurrences of values that were not tracked because the cap was reached
 */
public record ValueCounts(Map<String, Long> counts, long others) {

  private static final ValueCounts EMPTY = new ValueCounts(Map.of(), 0);

  /** Counts; the map is copied, keeping its order. */
  public ValueCounts {
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    if (others < 0) {
      throw new IllegalArgumentException("others must not be negative, was " + others);
    }
  }

  /** No values. */
  public static ValueCounts empty() {
    return EMPTY;
  }

  /** All occurrences, tracked or not. */
  public long total() {
    long total = others;
    for (long count : counts.values()) {
      total += count;
    }
    return total;
  }

  /** {@code true} when more distinct values occurred than were tracked. */
  public boolean truncated() {
    return others > 0;
  }
}
