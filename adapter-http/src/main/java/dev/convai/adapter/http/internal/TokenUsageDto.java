package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code LLMTokensCategoryUsage}. */
record TokenUsageDto(
    @JsonProperty("tokens") Long tokens,
    @JsonProperty("price") Double price) {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static TokenUsageDto empty() {
    return new TokenUsageDto(null, null);
  }
}
