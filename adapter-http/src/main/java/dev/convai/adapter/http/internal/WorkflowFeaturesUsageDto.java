package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code WorkflowFeaturesUsageCommonModel}. */
record WorkflowFeaturesUsageDto(
    @JsonProperty("enabled") Boolean enabled,
    @JsonProperty("tool_node") FeatureStatusDto toolNode,
    @JsonProperty("standalone_agent_node") FeatureStatusDto standaloneAgentNode,
    @JsonProperty("phone_number_node") FeatureStatusDto phoneNumberNode,
    @JsonProperty("end_node") FeatureStatusDto endNode) {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static WorkflowFeaturesUsageDto empty() {
    return new WorkflowFeaturesUsageDto(null, null, null, null, null);
  }
}
