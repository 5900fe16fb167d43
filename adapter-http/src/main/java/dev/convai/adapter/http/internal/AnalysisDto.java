package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Wire form of {@code ConversationHistoryAnalysisCommonModel}. */
final class AnalysisDto extends WireObject {

  @JsonProperty("evaluation_criteria_results") @JsonInclude(JsonInclude.Include.NON_EMPTY) private Map<String, CriterionResultDto> evaluationCriteriaResults;
  @JsonProperty("data_collection_results") @JsonInclude(JsonInclude.Include.NON_EMPTY) private Map<String, DataCollectionResultDto> dataCollectionResults;
  @JsonProperty("evaluation_criteria_results_list") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<CriterionResultDto> evaluationCriteriaResultsList;
  @JsonProperty("data_collection_results_list") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<DataCollectionResultDto> dataCollectionResultsList;
  @JsonProperty("call_successful") private String callSuccessful;
  @JsonProperty("transcript_summary") private String transcriptSummary;
  @JsonProperty("call_summary_title") private String callSummaryTitle;
  @JsonProperty("scoped") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<ScopedAnalysisDto> scoped;
  @JsonProperty("call_success_score") private Double callSuccessScore;

  /** For Jackson, which sets the members it finds. */
  AnalysisDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  AnalysisDto(
      Map<String, CriterionResultDto> evaluationCriteriaResults,
      Map<String, DataCollectionResultDto> dataCollectionResults,
      List<CriterionResultDto> evaluationCriteriaResultsList,
      List<DataCollectionResultDto> dataCollectionResultsList,
      String callSuccessful,
      String transcriptSummary,
      String callSummaryTitle,
      List<ScopedAnalysisDto> scoped,
      Double callSuccessScore,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.evaluationCriteriaResults = evaluationCriteriaResults;
    this.dataCollectionResults = dataCollectionResults;
    this.evaluationCriteriaResultsList = evaluationCriteriaResultsList;
    this.dataCollectionResultsList = dataCollectionResultsList;
    this.callSuccessful = callSuccessful;
    this.transcriptSummary = transcriptSummary;
    this.callSummaryTitle = callSummaryTitle;
    this.scoped = scoped;
    this.callSuccessScore = callSuccessScore;
  }

  /** {@code evaluation_criteria_results}; {@code null} when absent. */
  public Map<String, CriterionResultDto> evaluationCriteriaResults() {
    return evaluationCriteriaResults;
  }

  /** {@code data_collection_results}; {@code null} when absent. */
  public Map<String, DataCollectionResultDto> dataCollectionResults() {
    return dataCollectionResults;
  }

  /** {@code evaluation_criteria_results_list}; {@code null} when absent. */
  public List<CriterionResultDto> evaluationCriteriaResultsList() {
    return evaluationCriteriaResultsList;
  }

  /** {@code data_collection_results_list}; {@code null} when absent. */
  public List<DataCollectionResultDto> dataCollectionResultsList() {
    return dataCollectionResultsList;
  }

  /** {@code call_successful}; {@code ""} when absent (a required member). */
  public String callSuccessful() {
    return callSuccessful == null ? "" : callSuccessful;
  }

  /** {@code transcript_summary}; {@code ""} when absent (a required member). */
  public String transcriptSummary() {
    return transcriptSummary == null ? "" : transcriptSummary;
  }

  /** {@code call_summary_title}; {@code null} when absent. */
  public String callSummaryTitle() {
    return callSummaryTitle;
  }

  /** {@code scoped}; {@code null} when absent. */
  public List<ScopedAnalysisDto> scoped() {
    return scoped;
  }

  /** {@code call_success_score}; {@code null} when absent. */
  public Double callSuccessScore() {
    return callSuccessScore;
  }
}
