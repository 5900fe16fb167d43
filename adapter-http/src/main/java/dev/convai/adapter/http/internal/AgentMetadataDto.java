package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code AgentMetadata}. */
record AgentMetadataDto(
    @JsonProperty("agent_id") String agentId,
    @JsonProperty("branch_id") String branchId,
    @JsonProperty("workflow_node_id") String workflowNodeId,
    @JsonProperty("version_id") String versionId) {

  AgentMetadataDto {
    agentId = agentId == null ? "" : agentId;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static AgentMetadataDto empty() {
    return new AgentMetadataDto(null, null, null, null);
  }
}
