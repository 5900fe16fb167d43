package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code KnowledgeBaseLocator}. */
record KnowledgeBaseRefDto(
    @JsonProperty("type") String type,
    @JsonProperty("name") String name,
    @JsonProperty("id") String id,
    @JsonProperty("usage_mode") String usageMode) {

  KnowledgeBaseRefDto {
    type = type == null ? "" : type;
    name = name == null ? "" : name;
    id = id == null ? "" : id;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static KnowledgeBaseRefDto empty() {
    return new KnowledgeBaseRefDto(null, null, null, null);
  }
}
