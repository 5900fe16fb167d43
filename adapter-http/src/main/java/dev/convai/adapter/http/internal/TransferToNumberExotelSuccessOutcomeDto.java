package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/TransferToNumberResultExotelSuccessModel}. */
record TransferToNumberExotelSuccessOutcomeDto(
    @JsonProperty("result_type") String resultType,
    @JsonProperty("status") String status,
    @JsonProperty("transfer_number") String transferNumber,
    @JsonProperty("reason") String reason,
    @JsonProperty("note") String note) implements SystemToolOutcomeDto {

  TransferToNumberExotelSuccessOutcomeDto {
    transferNumber = transferNumber == null ? "" : transferNumber;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static TransferToNumberExotelSuccessOutcomeDto empty() {
    return new TransferToNumberExotelSuccessOutcomeDto(null, null, null, null, null);
  }
}
