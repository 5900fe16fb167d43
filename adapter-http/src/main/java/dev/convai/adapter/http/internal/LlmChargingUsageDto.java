package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code LLMCategoryUsage}. */
record LlmChargingUsageDto(
    @JsonProperty("irreversible_generation") LlmUsageDto irreversibleGeneration,
    @JsonProperty("initiated_generation") LlmUsageDto initiatedGeneration) {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static LlmChargingUsageDto empty() {
    return new LlmChargingUsageDto(null, null);
  }
}
