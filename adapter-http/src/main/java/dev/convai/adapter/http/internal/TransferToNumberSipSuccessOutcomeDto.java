package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/TransferToNumberResultSipSuccessModel}. */
record TransferToNumberSipSuccessOutcomeDto(
    @JsonProperty("result_type") String resultType,
    @JsonProperty("status") String status,
    @JsonProperty("transfer_number") String transferNumber,
    @JsonProperty("reason") String reason,
    @JsonProperty("note") String note) implements SystemToolOutcomeDto {

  TransferToNumberSipSuccessOutcomeDto {
    transferNumber = transferNumber == null ? "" : transferNumber;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static TransferToNumberSipSuccessOutcomeDto empty() {
    return new TransferToNumberSipSuccessOutcomeDto(null, null, null, null, null);
  }
}
