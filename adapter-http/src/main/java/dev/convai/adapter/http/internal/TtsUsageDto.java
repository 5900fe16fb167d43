package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Wire form of {@code ConversationTTSUsageModel}. */
record TtsUsageDto(
    @JsonProperty("primary_tts_model") String primaryTtsModel,
    @JsonProperty("total_audio_output_seconds") Double totalAudioOutputSeconds,
    @JsonProperty("total_characters") Long totalCharacters,
    @JsonProperty("per_voice_usage") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<VoiceUsageDto> perVoiceUsage) {

  TtsUsageDto {
    perVoiceUsage = perVoiceUsage == null ? List.of() : perVoiceUsage;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static TtsUsageDto empty() {
    return new TtsUsageDto(null, null, null, null);
  }
}
