package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Wire form of {@code ConversationHistoryMultivoiceMessageModel}. */
record MultivoiceMessageDto(
    @JsonProperty("parts") List<MultivoicePartDto> parts) {

  MultivoiceMessageDto {
    parts = parts == null ? List.of() : parts;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static MultivoiceMessageDto empty() {
    return new MultivoiceMessageDto(null);
  }
}
