package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ScopedAnalysisResult}. */
final class ScopedAnalysisDto extends WireObject {

  @JsonProperty("scope") private String scope;
  @JsonProperty("source_agent_id") private String sourceAgentId;
  @JsonProperty("source_branch_id") private String sourceBranchId;
  @JsonProperty("evaluation_criteria_results") @JsonInclude(JsonInclude.Include.NON_EMPTY) private Map<String, CriterionResultDto> evaluationCriteriaResults;
  @JsonProperty("data_collection_results") @JsonInclude(JsonInclude.Include.NON_EMPTY) private Map<String, DataCollectionResultDto> dataCollectionResults;
  @JsonProperty("successful") private String successful;
  @JsonProperty("success_score") private Double successScore;

  /** For Jackson, which sets the members it finds. */
  ScopedAnalysisDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  ScopedAnalysisDto(
      String scope,
      String sourceAgentId,
      String sourceBranchId,
      Map<String, CriterionResultDto> evaluationCriteriaResults,
      Map<String, DataCollectionResultDto> dataCollectionResults,
      String successful,
      Double successScore,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.scope = scope;
    this.sourceAgentId = sourceAgentId;
    this.sourceBranchId = sourceBranchId;
    this.evaluationCriteriaResults = evaluationCriteriaResults;
    this.dataCollectionResults = dataCollectionResults;
    this.successful = successful;
    this.successScore = successScore;
  }

  /** {@code scope}; {@code ""} when absent (a required member). */
  public String scope() {
    return scope == null ? "" : scope;
  }

  /** {@code source_agent_id}; {@code ""} when absent (a required member). */
  public String sourceAgentId() {
    return sourceAgentId == null ? "" : sourceAgentId;
  }

  /** {@code source_branch_id}; {@code null} when absent. */
  public String sourceBranchId() {
    return sourceBranchId;
  }

  /** {@code evaluation_criteria_results}; {@code null} when absent. */
  public Map<String, CriterionResultDto> evaluationCriteriaResults() {
    return evaluationCriteriaResults;
  }

  /** {@code data_collection_results}; {@code null} when absent. */
  public Map<String, DataCollectionResultDto> dataCollectionResults() {
    return dataCollectionResults;
  }

  /** {@code successful}; {@code ""} when absent (a required member). */
  public String successful() {
    return successful == null ? "" : successful;
  }

  /** {@code success_score}; {@code null} when absent. */
  public Double successScore() {
    return successScore;
  }
}
