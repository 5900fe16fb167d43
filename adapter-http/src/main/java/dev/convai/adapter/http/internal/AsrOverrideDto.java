package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Wire form of {@code ASRConversationalConfigOverride}. */
record AsrOverrideDto(
    @JsonProperty("keywords") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> keywords) {

  AsrOverrideDto {
    keywords = keywords == null ? List.of() : keywords;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static AsrOverrideDto empty() {
    return new AsrOverrideDto(null);
  }
}
