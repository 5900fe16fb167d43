package dev.convai.batch;

import java.util.Objects;

/**
 * The values one data-collection item took across a batch.
 *
 * @param dataCollectionId the item's id, as the agent defines it
 * @param results conversations that had a result for this item
 * @param missing results whose value was absent or JSON {@code null}
 * @param values how often each value occurred (strings as their text, other values as compact JSON)
 * @param numbers minimum, maximum and mean of the values that were numbers
 */
public record DataCollectionSummary(
    String dataCollectionId, long results, long missing, ValueCounts values, NumberSummary numbers) {

  /** A summary; no component may be {@code null}. */
  public DataCollectionSummary {
    Objects.requireNonNull(dataCollectionId, "dataCollectionId");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(numbers, "numbers");
  }
}
