package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/TransferToNumberResultTwilioSuccessModel}. */
record TransferToNumberTwilioSuccessOutcomeDto(
    @JsonProperty("result_type") String resultType,
    @JsonProperty("status") String status,
    @JsonProperty("transfer_number") String transferNumber,
    @JsonProperty("reason") String reason,
    @JsonProperty("client_message") String clientMessage,
    @JsonProperty("agent_message") String agentMessage,
    @JsonProperty("conference_name") String conferenceName,
    @JsonProperty("post_dial_digits") String postDialDigits,
    @JsonProperty("note") String note) implements SystemToolOutcomeDto {

  TransferToNumberTwilioSuccessOutcomeDto {
    transferNumber = transferNumber == null ? "" : transferNumber;
    agentMessage = agentMessage == null ? "" : agentMessage;
    conferenceName = conferenceName == null ? "" : conferenceName;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static TransferToNumberTwilioSuccessOutcomeDto empty() {
    return new TransferToNumberTwilioSuccessOutcomeDto(null, null, null, null, null, null, null, null, null);
  }
}
