package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/PlayDTMFResultErrorModel}. */
record PlayDtmfErrorOutcomeDto(
    @JsonProperty("result_type") String resultType,
    @JsonProperty("status") String status,
    @JsonProperty("error") String error,
    @JsonProperty("details") String details) implements SystemToolOutcomeDto {

  PlayDtmfErrorOutcomeDto {
    error = error == null ? "" : error;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static PlayDtmfErrorOutcomeDto empty() {
    return new PlayDtmfErrorOutcomeDto(null, null, null, null);
  }
}
