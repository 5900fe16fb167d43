package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/EndCallToolResultModel}. */
record EndCallOutcomeDto(
    @JsonProperty("result_type") String resultType,
    @JsonProperty("status") String status,
    @JsonProperty("reason") String reason,
    @JsonProperty("message") String message) implements SystemToolOutcomeDto {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static EndCallOutcomeDto empty() {
    return new EndCallOutcomeDto(null, null, null, null);
  }
}
