package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code LLMInputOutputTokensUsage}. */
final class ModelTokenUsageDto extends WireObject {

  @JsonProperty("input") private TokenUsageDto input;
  @JsonProperty("input_cache_read") private TokenUsageDto inputCacheRead;
  @JsonProperty("input_cache_write") private TokenUsageDto inputCacheWrite;
  @JsonProperty("output_total") private TokenUsageDto outputTotal;

  /** For Jackson, which sets the members it finds. */
  ModelTokenUsageDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  ModelTokenUsageDto(
      TokenUsageDto input,
      TokenUsageDto inputCacheRead,
      TokenUsageDto inputCacheWrite,
      TokenUsageDto outputTotal,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.input = input;
    this.inputCacheRead = inputCacheRead;
    this.inputCacheWrite = inputCacheWrite;
    this.outputTotal = outputTotal;
  }

  /** {@code input}; {@code null} when absent. */
  public TokenUsageDto input() {
    return input;
  }

  /** {@code input_cache_read}; {@code null} when absent. */
  public TokenUsageDto inputCacheRead() {
    return inputCacheRead;
  }

  /** {@code input_cache_write}; {@code null} when absent. */
  public TokenUsageDto inputCacheWrite() {
    return inputCacheWrite;
  }

  /** {@code output_total}; {@code null} when absent. */
  public TokenUsageDto outputTotal() {
    return outputTotal;
  }
}
