package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code LLMInputOutputTokensUsage}. */
record ModelTokenUsageDto(
    @JsonProperty("input") TokenUsageDto input,
    @JsonProperty("input_cache_read") TokenUsageDto inputCacheRead,
    @JsonProperty("input_cache_write") TokenUsageDto inputCacheWrite,
    @JsonProperty("output_total") TokenUsageDto outputTotal) {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static ModelTokenUsageDto empty() {
    return new ModelTokenUsageDto(null, null, null, null);
  }
}
