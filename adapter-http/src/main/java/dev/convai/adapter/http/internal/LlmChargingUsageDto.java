package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code LLMCategoryUsage}. */
final class LlmChargingUsageDto extends WireObject {

  @JsonProperty("irreversible_generation") private LlmUsageDto irreversibleGeneration;
  @JsonProperty("initiated_generation") private LlmUsageDto initiatedGeneration;

  /** For Jackson, which sets the members it finds. */
  LlmChargingUsageDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  LlmChargingUsageDto(
      LlmUsageDto irreversibleGeneration,
      LlmUsageDto initiatedGeneration,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.irreversibleGeneration = irreversibleGeneration;
    this.initiatedGeneration = initiatedGeneration;
  }

  /** {@code irreversible_generation}; {@code null} when absent. */
  public LlmUsageDto irreversibleGeneration() {
    return irreversibleGeneration;
  }

  /** {@code initiated_generation}; {@code null} when absent. */
  public LlmUsageDto initiatedGeneration() {
    return initiatedGeneration;
  }
}
