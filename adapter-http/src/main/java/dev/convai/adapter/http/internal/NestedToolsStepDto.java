package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Wire form of {@code WorkflowToolResponseModelOutputStepsItems/WorkflowToolNestedToolsStepModel}. */
final class NestedToolsStepDto extends WireObject implements WorkflowStepDto {

  @JsonProperty("type") private String type;
  @JsonProperty("step_latency_secs") private Double stepLatencySecs;
  @JsonProperty("node_id") private String nodeId;
  @JsonProperty("requests") private List<ToolCallDto> requests;
  @JsonProperty("results") private List<ToolResultDto> results;
  @JsonProperty("is_successful") private Boolean isSuccessful;

  /** For Jackson, which sets the members it finds. */
  NestedToolsStepDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  NestedToolsStepDto(
      String type,
      Double stepLatencySecs,
      String nodeId,
      List<ToolCallDto> requests,
      List<ToolResultDto> results,
      Boolean isSuccessful,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.type = type;
    this.stepLatencySecs = stepLatencySecs;
    this.nodeId = nodeId;
    this.requests = requests;
    this.results = results;
    this.isSuccessful = isSuccessful;
  }

  /** {@code type}; {@code null} when absent. */
  public String type() {
    return type;
  }

  /** {@code step_latency_secs}; {@code 0} when absent (a required member). */
  public Double stepLatencySecs() {
    return stepLatencySecs == null ? 0.0 : stepLatencySecs;
  }

  /** {@code node_id}; {@code ""} when absent (a required member). */
  public String nodeId() {
    return nodeId == null ? "" : nodeId;
  }

  /** {@code requests}; {@code null} when absent. */
  public List<ToolCallDto> requests() {
    return requests;
  }

  /** {@code results}; {@code null} when absent. */
  public List<ToolResultDto> results() {
    return results;
  }

  /** {@code is_successful}; {@code false} when absent (a required member). */
  public Boolean isSuccessful() {
    return isSuccessful == null ? Boolean.FALSE : isSuccessful;
  }
}
