package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/TransferToAgentToolResultSuccessModel}. */
record TransferToAgentSuccessOutcomeDto(
    @JsonProperty("result_type") String resultType,
    @JsonProperty("status") String status,
    @JsonProperty("from_agent") String fromAgent,
    @JsonProperty("to_agent") String toAgent,
    @JsonProperty("to_node") String toNode,
    @JsonProperty("condition") String condition,
    @JsonProperty("delay_ms") Long delayMs,
    @JsonProperty("transfer_message") String transferMessage,
    @JsonProperty("enable_transferred_agent_first_message") Boolean enableTransferredAgentFirstMessage,
    @JsonProperty("branch_info") TransferBranchInfoDto branchInfo) implements SystemToolOutcomeDto {

  TransferToAgentSuccessOutcomeDto {
    fromAgent = fromAgent == null ? "" : fromAgent;
    toAgent = toAgent == null ? "" : toAgent;
    condition = condition == null ? "" : condition;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static TransferToAgentSuccessOutcomeDto empty() {
    return new TransferToAgentSuccessOutcomeDto(null, null, null, null, null, null, null, null, null, null);
  }
}
