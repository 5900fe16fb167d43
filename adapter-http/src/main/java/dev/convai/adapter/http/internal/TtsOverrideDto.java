package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code TTSConversationalConfigOverride}. */
record TtsOverrideDto(
    @JsonProperty("voice_id") String voiceId,
    @JsonProperty("stability") Double stability,
    @JsonProperty("speed") Double speed,
    @JsonProperty("similarity_boost") Double similarityBoost) {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static TtsOverrideDto empty() {
    return new TtsOverrideDto(null, null, null, null);
  }
}
