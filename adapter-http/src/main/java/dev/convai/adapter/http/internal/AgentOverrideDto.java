package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code AgentConfigOverride-Output}. */
record AgentOverrideDto(
    @JsonProperty("first_message") String firstMessage,
    @JsonProperty("language") String language,
    @JsonProperty("max_conversation_duration_message") String maxConversationDurationMessage,
    @JsonProperty("prompt") PromptOverrideDto prompt) {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static AgentOverrideDto empty() {
    return new AgentOverrideDto(null, null, null, null);
  }
}
