package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails/ConversationHistoryTranscriptToolCallClientDetails}. */
record ClientToolDetailsDto(
    @JsonProperty("type") String type,
    @JsonProperty("parameters") String parameters) implements ToolDetailsDto {

  ClientToolDetailsDto {
    parameters = parameters == null ? "" : parameters;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static ClientToolDetailsDto empty() {
    return new ClientToolDetailsDto(null, null);
  }
}
