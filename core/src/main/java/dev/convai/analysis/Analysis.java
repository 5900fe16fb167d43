package dev.convai.analysis;

import dev.convai.json.Extensible;
import dev.convai.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The analysis of a conversation: evaluation-criteria verdicts, data-collection results, call
 * success, summary and title.
 *
 * <p>Wire schema {@code ConversationHistoryAnalysisCommonModel}.
 */
@Value.Immutable
public interface Analysis extends Extensible {

  /**
   * Evaluation criteria results. Wire name {@code evaluation_criteria_results}; empty when absent
   * or {@code null}.
   */
  Map<String, CriterionResult> evaluationCriteriaResults();

  /**
   * Data collection results. Wire name {@code data_collection_results}; empty when absent or {@code
   * null}.
   */
  Map<String, DataCollectionResult> dataCollectionResults();

  /**
   * Evaluation criteria results list. Wire name {@code evaluation_criteria_results_list}; empty
   * when absent or {@code null}.
   */
  List<CriterionResult> evaluationCriteriaResultsList();

  /**
   * Data collection results list. Wire name {@code data_collection_results_list}; empty when absent
   * or {@code null}.
   */
  List<DataCollectionResult> dataCollectionResultsList();

  /** Call successful. Wire name {@code call_successful}. */
  Verdict callSuccessful();

  /** Transcript summary. Wire name {@code transcript_summary}. */
  String transcriptSummary();

  /**
   * Call summary title. Wire name {@code call_summary_title}; empty when absent or {@code null}.
   */
  Optional<String> callSummaryTitle();

  /** Scoped. Wire name {@code scoped}; empty when absent or {@code null}. */
  List<ScopedAnalysis> scoped();

  /**
   * A score for the call's success. Sent by the live API, absent from the spec. Wire name {@code
   * call_success_score}; empty when absent or {@code null}.
   */
  OptionalDouble callSuccessScore();

  /**
   * The criteria verdicts, in the API's order: the keyed results, or the list form when the API
   * sent only that.
   */
  default List<CriterionResult> criteria() {
    return evaluationCriteriaResults().isEmpty()
        ? evaluationCriteriaResultsList()
        : List.copyOf(evaluationCriteriaResults().values());
  }

  /** The verdict of the criterion with this id. */
  default Optional<CriterionResult> criterion(String criteriaId) {
    CriterionResult keyed = evaluationCriteriaResults().get(criteriaId);
    if (keyed != null) {
      return Optional.of(keyed);
    }
    return criteria().stream().filter(result -> result.criteriaId().equals(criteriaId)).findFirst();
  }

  /** The criteria scored with a number (see {@link CriterionResult#isNumeric()}), in order. */
  default List<CriterionResult> numericCriteria() {
    return criteria().stream()
        .filter(CriterionResult::isNumeric)
        .collect(Collectors.toUnmodifiableList());
  }

  /** The criteria whose verdict is failure. */
  default List<CriterionResult> failedCriteria() {
    return criteria().stream()
        .filter(result -> Verdict.FAILURE.equals(result.result()))
        .collect(Collectors.toUnmodifiableList());
  }

  /** How many criteria got each verdict: success, failure and unknown first, then any others. */
  default Map<Verdict, Long> verdictCounts() {
    Map<Verdict, Long> counts = new LinkedHashMap<>();
    counts.put(Verdict.SUCCESS, 0L);
    counts.put(Verdict.FAILURE, 0L);
    counts.put(Verdict.UNKNOWN, 0L);
    criteria().forEach(result -> counts.merge(result.result(), 1L, Long::sum));
    return java.util.Collections.unmodifiableMap(counts);
  }

  /**
   * The data-collection results, in the API's order: the keyed results, or the list form when the
   * API sent only that.
   */
  default List<DataCollectionResult> dataCollections() {
    return dataCollectionResults().isEmpty()
        ? dataCollectionResultsList()
        : List.copyOf(dataCollectionResults().values());
  }

  /** The data-collection result with this id. */
  default Optional<DataCollectionResult> dataCollection(String dataCollectionId) {
    DataCollectionResult keyed = dataCollectionResults().get(dataCollectionId);
    if (keyed != null) {
      return Optional.of(keyed);
    }
    return dataCollections().stream()
        .filter(result -> result.dataCollectionId().equals(dataCollectionId))
        .findFirst();
  }

  /** The value collected for this id; empty when there is no such result or it has no value. */
  default Optional<JsonValue> dataCollectionValue(String dataCollectionId) {
    return dataCollection(dataCollectionId).flatMap(DataCollectionResult::value);
  }

  /** A builder for this type. */
  static ImmutableAnalysis.Builder builder() {
    return ImmutableAnalysis.builder();
  }
}
