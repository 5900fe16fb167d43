package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/TransferToAgentToolResultErrorModel}. */
record TransferToAgentErrorOutcomeDto(
    @JsonProperty("result_type") String resultType,
    @JsonProperty("status") String status,
    @JsonProperty("from_agent") String fromAgent,
    @JsonProperty("error") String error) implements SystemToolOutcomeDto {

  TransferToAgentErrorOutcomeDto {
    fromAgent = fromAgent == null ? "" : fromAgent;
    error = error == null ? "" : error;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static TransferToAgentErrorOutcomeDto empty() {
    return new TransferToAgentErrorOutcomeDto(null, null, null, null);
  }
}
