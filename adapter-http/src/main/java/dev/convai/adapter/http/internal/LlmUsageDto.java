package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code LLMUsage-Output}. */
final class LlmUsageDto extends WireObject {

  @JsonProperty("model_usage") @JsonInclude(JsonInclude.Include.NON_EMPTY) private Map<String, ModelTokenUsageDto> modelUsage;

  /** For Jackson, which sets the members it finds. */
  LlmUsageDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  LlmUsageDto(
      Map<String, ModelTokenUsageDto> modelUsage,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.modelUsage = modelUsage;
  }

  /** {@code model_usage}; {@code null} when absent. */
  public Map<String, ModelTokenUsageDto> modelUsage() {
    return modelUsage;
  }
}
