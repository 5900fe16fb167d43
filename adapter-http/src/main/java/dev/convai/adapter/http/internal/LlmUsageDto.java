package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Wire form of {@code LLMUsage-Output}. */
record LlmUsageDto(
    @JsonProperty("model_usage") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, ModelTokenUsageDto> modelUsage) {

  LlmUsageDto {
    modelUsage = modelUsage == null ? Map.of() : modelUsage;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static LlmUsageDto empty() {
    return new LlmUsageDto(null);
  }
}
