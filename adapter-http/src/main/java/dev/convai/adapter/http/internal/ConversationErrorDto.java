package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryErrorCommonModel}. */
record ConversationErrorDto(
    @JsonProperty("code") Long code,
    @JsonProperty("reason") String reason) {

  ConversationErrorDto {
    code = code == null ? 0L : code;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static ConversationErrorDto empty() {
    return new ConversationErrorDto(null, null);
  }
}
