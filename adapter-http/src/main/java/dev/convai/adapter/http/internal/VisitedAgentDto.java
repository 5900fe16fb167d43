package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code VisitedAgentRef}. */
record VisitedAgentDto(
    @JsonProperty("agent_id") String agentId,
    @JsonProperty("branch_id") String branchId) {

  VisitedAgentDto {
    agentId = agentId == null ? "" : agentId;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static VisitedAgentDto empty() {
    return new VisitedAgentDto(null, null);
  }
}
