package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code PlatformCategoryUsage}. */
final class PlatformCategoryUsageDto extends WireObject {

  @JsonProperty("credits") private Long credits;
  @JsonProperty("price") private Double price;
  @JsonProperty("quantity") private Double quantity;

  /** For Jackson, which sets the members it finds. */
  PlatformCategoryUsageDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  PlatformCategoryUsageDto(
      Long credits,
      Double price,
      Double quantity,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.credits = credits;
    this.price = price;
    this.quantity = quantity;
  }

  /** {@code credits}; {@code null} when absent. */
  public Long credits() {
    return credits;
  }

  /** {@code price}; {@code null} when absent. */
  public Double price() {
    return price;
  }

  /** {@code quantity}; {@code null} when absent. */
  public Double quantity() {
    return quantity;
  }
}
