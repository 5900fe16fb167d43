package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationVoiceUsageModel}. */
record VoiceUsageDto(
    @JsonProperty("voice_id") String voiceId,
    @JsonProperty("audio_output_seconds") Double audioOutputSeconds) {

  VoiceUsageDto {
    voiceId = voiceId == null ? "" : voiceId;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static VoiceUsageDto empty() {
    return new VoiceUsageDto(null, null);
  }
}
