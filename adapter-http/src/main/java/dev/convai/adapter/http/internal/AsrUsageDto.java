package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationASRUsageModel}. */
record AsrUsageDto(
    @JsonProperty("asr_model") String asrModel,
    @JsonProperty("total_transcription_calls") Long totalTranscriptionCalls,
    @JsonProperty("total_audio_input_seconds") Double totalAudioInputSeconds) {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static AsrUsageDto empty() {
    return new AsrUsageDto(null, null, null);
  }
}
