package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Wire form of {@code ScopedAnalysisResult}. */
record ScopedAnalysisDto(
    @JsonProperty("scope") String scope,
    @JsonProperty("source_agent_id") String sourceAgentId,
    @JsonProperty("source_branch_id") String sourceBranchId,
    @JsonProperty("evaluation_criteria_results") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, CriterionResultDto> evaluationCriteriaResults,
    @JsonProperty("data_collection_results") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, DataCollectionResultDto> dataCollectionResults,
    @JsonProperty("successful") String successful) {

  ScopedAnalysisDto {
    scope = scope == null ? "" : scope;
    sourceAgentId = sourceAgentId == null ? "" : sourceAgentId;
    evaluationCriteriaResults = evaluationCriteriaResults == null ? Map.of() : evaluationCriteriaResults;
    dataCollectionResults = dataCollectionResults == null ? Map.of() : dataCollectionResults;
    successful = successful == null ? "" : successful;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static ScopedAnalysisDto empty() {
    return new ScopedAnalysisDto(null, null, null, null, null, null);
  }
}
