package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Wire form of {@code WorkflowToolResponseModelOutputStepsItems/WorkflowToolNestedToolsStepModel}. */
record NestedToolsStepDto(
    @JsonProperty("type") String type,
    @JsonProperty("step_latency_secs") Double stepLatencySecs,
    @JsonProperty("node_id") String nodeId,
    @JsonProperty("requests") List<ToolCallDto> requests,
    @JsonProperty("results") List<ToolResultDto> results,
    @JsonProperty("is_successful") Boolean isSuccessful) implements WorkflowStepDto {

  NestedToolsStepDto {
    stepLatencySecs = stepLatencySecs == null ? 0.0 : stepLatencySecs;
    nodeId = nodeId == null ? "" : nodeId;
    requests = requests == null ? List.of() : requests;
    results = results == null ? List.of() : results;
    isSuccessful = isSuccessful == null ? Boolean.FALSE : isSuccessful;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static NestedToolsStepDto empty() {
    return new NestedToolsStepDto(null, null, null, null, null, null);
  }
}
