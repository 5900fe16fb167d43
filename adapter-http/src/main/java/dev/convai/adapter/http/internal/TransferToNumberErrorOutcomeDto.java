package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/TransferToNumberResultErrorModel}. */
record TransferToNumberErrorOutcomeDto(
    @JsonProperty("result_type") String resultType,
    @JsonProperty("status") String status,
    @JsonProperty("error") String error,
    @JsonProperty("details") String details) implements SystemToolOutcomeDto {

  TransferToNumberErrorOutcomeDto {
    error = error == null ? "" : error;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static TransferToNumberErrorOutcomeDto empty() {
    return new TransferToNumberErrorOutcomeDto(null, null, null, null);
  }
}
