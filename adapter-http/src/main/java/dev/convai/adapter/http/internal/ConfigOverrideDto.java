package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationConfigClientOverride-Output}. */
record ConfigOverrideDto(
    @JsonProperty("asr") AsrOverrideDto asr,
    @JsonProperty("turn") TurnOverrideDto turn,
    @JsonProperty("tts") TtsOverrideDto tts,
    @JsonProperty("conversation") ConversationOverrideDto conversation,
    @JsonProperty("agent") AgentOverrideDto agent) {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static ConfigOverrideDto empty() {
    return new ConfigOverrideDto(null, null, null, null, null);
  }
}
