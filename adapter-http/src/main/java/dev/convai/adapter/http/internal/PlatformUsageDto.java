package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code PlatformUsage}. */
final class PlatformUsageDto extends WireObject {

  @JsonProperty("category_usage") @JsonInclude(JsonInclude.Include.NON_EMPTY) private Map<String, PlatformCategoryUsageDto> categoryUsage;

  /** For Jackson, which sets the members it finds. */
  PlatformUsageDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  PlatformUsageDto(
      Map<String, PlatformCategoryUsageDto> categoryUsage,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.categoryUsage = categoryUsage;
  }

  /** {@code category_usage}; {@code null} when absent. */
  public Map<String, PlatformCategoryUsageDto> categoryUsage() {
    return categoryUsage;
  }
}
