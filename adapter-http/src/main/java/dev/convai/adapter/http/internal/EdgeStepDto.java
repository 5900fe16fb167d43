package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code WorkflowToolResponseModelOutputStepsItems/WorkflowToolEdgeStepModel}. */
record EdgeStepDto(
    @JsonProperty("type") String type,
    @JsonProperty("step_latency_secs") Double stepLatencySecs,
    @JsonProperty("edge_id") String edgeId,
    @JsonProperty("target_node_id") String targetNodeId) implements WorkflowStepDto {

  EdgeStepDto {
    stepLatencySecs = stepLatencySecs == null ? 0.0 : stepLatencySecs;
    edgeId = edgeId == null ? "" : edgeId;
    targetNodeId = targetNodeId == null ? "" : targetNodeId;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static EdgeStepDto empty() {
    return new EdgeStepDto(null, null, null, null);
  }
}
