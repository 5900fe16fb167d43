package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/VoiceMailDetectionResultSuccessModel}. */
record VoicemailDetectionOutcomeDto(
    @JsonProperty("result_type") String resultType,
    @JsonProperty("status") String status,
    @JsonProperty("voicemail_message") String voicemailMessage,
    @JsonProperty("reason") String reason) implements SystemToolOutcomeDto {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static VoicemailDetectionOutcomeDto empty() {
    return new VoicemailDetectionOutcomeDto(null, null, null, null);
  }
}
