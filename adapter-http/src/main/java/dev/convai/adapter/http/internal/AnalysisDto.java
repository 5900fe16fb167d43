package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** Wire form of {@code ConversationHistoryAnalysisCommonModel}. */
record AnalysisDto(
    @JsonProperty("evaluation_criteria_results") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, CriterionResultDto> evaluationCriteriaResults,
    @JsonProperty("data_collection_results") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, DataCollectionResultDto> dataCollectionResults,
    @JsonProperty("evaluation_criteria_results_list") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CriterionResultDto> evaluationCriteriaResultsList,
    @JsonProperty("data_collection_results_list") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DataCollectionResultDto> dataCollectionResultsList,
    @JsonProperty("call_successful") String callSuccessful,
    @JsonProperty("transcript_summary") String transcriptSummary,
    @JsonProperty("call_summary_title") String callSummaryTitle,
    @JsonProperty("scoped") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ScopedAnalysisDto> scoped,
    @JsonProperty("call_success_score") Double callSuccessScore) {

  AnalysisDto {
    evaluationCriteriaResults = evaluationCriteriaResults == null ? Map.of() : evaluationCriteriaResults;
    dataCollectionResults = dataCollectionResults == null ? Map.of() : dataCollectionResults;
    evaluationCriteriaResultsList = evaluationCriteriaResultsList == null ? List.of() : evaluationCriteriaResultsList;
    dataCollectionResultsList = dataCollectionResultsList == null ? List.of() : dataCollectionResultsList;
    callSuccessful = callSuccessful == null ? "" : callSuccessful;
    transcriptSummary = transcriptSummary == null ? "" : transcriptSummary;
    scoped = scoped == null ? List.of() : scoped;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static AnalysisDto empty() {
    return new AnalysisDto(null, null, null, null, null, null, null, null, null);
  }
}
