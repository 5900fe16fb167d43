package dev.convai.batch;

import dev.convai.port.FailureKind;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a batch did, aggregated as its outcomes arrived (see {@link Aggregator}).
 *
 * @param requested ids whose analysis the batch started; each has exactly one outcome
 * @param succeeded ids whose analysis ran
 * @param failed ids that failed, grouped in {@link #failures()}
 * @param cancelled whether the batch was cancelled before the source was exhausted
 * @param elapsed from the start of the batch to its end
 * @param callSuccessful how often each {@code call_successful} verdict occurred among successes
 *     that have an analysis
 * @param withoutAnalysis successes whose conversation carried no analysis
 * @param criteria verdicts per evaluation criterion, by criterion id, in the order first seen
 * @param untrackedCriterionResults results of criteria beyond {@link ReportLimits#maxCriteria()}
 * @param dataCollection values per data-collection item, by item id, in the order first seen
 * @param untrackedDataCollectionResults results of items beyond {@link ReportLimits#maxDataCollectionItems()}
 * @param failures failed ids by kind, in the order of {@link FailureKind}
 * @param concurrency how much concurrency the batch used and the limit it found; empty for a
 *     report that no batch ran, such as {@link Aggregator#report()}
 */
public record BatchReport(
    long requested,
    long succeeded,
    long failed,
    boolean cancelled,
    Duration elapsed,
    ValueCounts callSuccessful,
    long withoutAnalysis,
    Map<String, CriterionSummary> criteria,
    long untrackedCriterionResults,
    Map<String, DataCollectionSummary> dataCollection,
    long untrackedDataCollectionResults,
    Map<FailureKind, FailureGroup> failures,
    Optional<ConcurrencySummary> concurrency) {

  /** A report; the maps are copied, failures into {@link FailureKind} order. */
  public BatchReport {
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(concurrency, "concurrency");
    Objects.requireNonNull(callSuccessful, "callSuccessful");
    criteria = Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
    dataCollection = Collections.unmodifiableMap(new LinkedHashMap<>(dataCollection));
    Map<FailureKind, FailureGroup> byKind = new EnumMap<>(FailureKind.class);
    byKind.putAll(failures);
    failures = Collections.unmodifiableMap(byKind);
  }

  /** A report without a {@link #concurrency()} summary. */
  public BatchReport(
      long requested,
      long succeeded,
      long failed,
      boolean cancelled,
      Duration elapsed,
      ValueCounts callSuccessful,
      long withoutAnalysis,
      Map<String, CriterionSummary> criteria,
      long untrackedCriterionResults,
      Map<String, DataCollectionSummary> dataCollection,
      long untrackedDataCollectionResults,
      Map<FailureKind, FailureGroup> failures) {
    this(
        requested,
        succeeded,
        failed,
        cancelled,
        elapsed,
        callSuccessful,
        withoutAnalysis,
        criteria,
        untrackedCriterionResults,
        dataCollection,
        untrackedDataCollectionResults,
        failures,
        Optional.empty());
  }

  /** The same report with this concurrency summary. */
  public BatchReport withConcurrency(ConcurrencySummary summary) {
    return new BatchReport(
        requested,
        succeeded,
        failed,
        cancelled,
        elapsed,
        callSuccessful,
        withoutAnalysis,
        criteria,
        untrackedCriterionResults,
        dataCollection,
        untrackedDataCollectionResults,
        failures,
        Optional.of(summary));
  }

  /** {@code true} when every requested id succeeded (also when none was requested). */
  public boolean allSucceeded() {
    return failed == 0;
  }

  /** How many ids failed with this kind. */
  public long failureCount(FailureKind kind) {
    FailureGroup group = failures.get(kind);
    return group == null ? 0 : group.count();
  }
}
