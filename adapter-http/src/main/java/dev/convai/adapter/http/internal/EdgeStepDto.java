package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code WorkflowToolResponseModelOutputStepsItems/WorkflowToolEdgeStepModel}. */
final class EdgeStepDto extends WireObject implements WorkflowStepDto {

  @JsonProperty("type") private String type;
  @JsonProperty("step_latency_secs") private Double stepLatencySecs;
  @JsonProperty("edge_id") private String edgeId;
  @JsonProperty("target_node_id") private String targetNodeId;

  /** For Jackson, which sets the members it finds. */
  EdgeStepDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  EdgeStepDto(
      String type,
      Double stepLatencySecs,
      String edgeId,
      String targetNodeId,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.type = type;
    this.stepLatencySecs = stepLatencySecs;
    this.edgeId = edgeId;
    this.targetNodeId = targetNodeId;
  }

  /** {@code type}; {@code null} when absent. */
  public String type() {
    return type;
  }

  /** {@code step_latency_secs}; {@code 0} when absent (a required member). */
  public Double stepLatencySecs() {
    return stepLatencySecs == null ? 0.0 : stepLatencySecs;
  }

  /** {@code edge_id}; {@code ""} when absent (a required member). */
  public String edgeId() {
    return edgeId == null ? "" : edgeId;
  }

  /** {@code target_node_id}; {@code ""} when absent (a required member). */
  public String targetNodeId() {
    return targetNodeId == null ? "" : targetNodeId;
  }
}
