package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code LLMTokensCategoryUsage}. */
final class TokenUsageDto extends WireObject {

  @JsonProperty("tokens") private Long tokens;
  @JsonProperty("price") private Double price;

  /** For Jackson, which sets the members it finds. */
  TokenUsageDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  TokenUsageDto(
      Long tokens,
      Double price,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.tokens = tokens;
    this.price = price;
  }

  /** {@code tokens}; {@code null} when absent. */
  public Long tokens() {
    return tokens;
  }

  /** {@code price}; {@code null} when absent. */
  public Double price() {
    return price;
  }
}
