package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationInitiationSourceInfo}. */
record InitiationSourceInfoDto(
    @JsonProperty("source") String source,
    @JsonProperty("version") String version) {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static InitiationSourceInfoDto empty() {
    return new InitiationSourceInfoDto(null, null);
  }
}
