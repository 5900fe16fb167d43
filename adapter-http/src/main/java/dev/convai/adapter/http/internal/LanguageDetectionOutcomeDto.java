package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/LanguageDetectionToolResultModel}. */
record LanguageDetectionOutcomeDto(
    @JsonProperty("result_type") String resultType,
    @JsonProperty("status") String status,
    @JsonProperty("reason") String reason,
    @JsonProperty("language") String language) implements SystemToolOutcomeDto {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static LanguageDetectionOutcomeDto empty() {
    return new LanguageDetectionOutcomeDto(null, null, null, null);
  }
}
