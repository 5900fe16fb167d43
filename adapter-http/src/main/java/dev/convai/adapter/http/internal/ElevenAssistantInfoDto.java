package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryElevenAssistantCommonModel}. */
record ElevenAssistantInfoDto(
    @JsonProperty("is_eleven_assistant") Boolean isElevenAssistant) {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static ElevenAssistantInfoDto empty() {
    return new ElevenAssistantInfoDto(null);
  }
}
