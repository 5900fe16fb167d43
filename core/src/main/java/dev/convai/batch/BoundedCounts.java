package dev.convai.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts occurrences of up to {@code cap} distinct keys; occurrences of keys seen after the cap was
 * reached are counted together, so memory never grows past the cap however many values arrive.
 */
final class BoundedCounts {

  private final int cap;
  private final Map<String, long[]> counts = new LinkedHashMap<>();
  private long others;

  BoundedCounts(int cap) {
    this.cap = cap;
  }

  void add(String key) {
    long[] count = counts.get(key);
    if (count != null) {
      count[0]++;
    } else if (counts.size() < cap) {
      counts.put(key, new long[] {1});
    } else {
      others++;
    }
  }

  /** Most frequent first; the sort is stable, so ties keep the order first seen. */
  ValueCounts snapshot() {
    List<Map.Entry<String, long[]>> entries = new ArrayList<>(counts.entrySet());
    entries.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
    Map<String, Long> sorted = new LinkedHashMap<>();
    entries.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()[0]));
    return new ValueCounts(sorted, others);
  }
}
