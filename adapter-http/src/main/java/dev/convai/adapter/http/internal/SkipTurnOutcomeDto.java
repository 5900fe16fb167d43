package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/SkipTurnToolResponseModel}. */
record SkipTurnOutcomeDto(
    @JsonProperty("result_type") String resultType,
    @JsonProperty("status") String status,
    @JsonProperty("reason") String reason) implements SystemToolOutcomeDto {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static SkipTurnOutcomeDto empty() {
    return new SkipTurnOutcomeDto(null, null, null);
  }
}
