package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationConfigOverride}. */
record ConversationOverrideDto(
    @JsonProperty("text_only") Boolean textOnly) {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static ConversationOverrideDto empty() {
    return new ConversationOverrideDto(null);
  }
}
