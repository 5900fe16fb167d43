package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ContextualUpdateInfo}. */
record ContextualUpdateInfoDto(
    @JsonProperty("context_id") String contextId,
    @JsonProperty("is_superseded") Boolean isSuperseded) {

  ContextualUpdateInfoDto {
    contextId = contextId == null ? "" : contextId;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static ContextualUpdateInfoDto empty() {
    return new ContextualUpdateInfoDto(null, null);
  }
}
