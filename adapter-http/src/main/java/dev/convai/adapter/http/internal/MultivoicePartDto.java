package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryMultivoiceMessagePartModel}. */
record MultivoicePartDto(
    @JsonProperty("text") String text,
    @JsonProperty("voice_label") String voiceLabel,
    @JsonProperty("time_in_call_secs") Long timeInCallSecs) {

  MultivoicePartDto {
    text = text == null ? "" : text;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static MultivoicePartDto empty() {
    return new MultivoicePartDto(null, null, null);
  }
}
