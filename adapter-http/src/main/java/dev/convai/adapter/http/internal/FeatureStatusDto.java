package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code FeatureStatusCommonModel}. */
final class FeatureStatusDto extends WireObject {

  @JsonProperty("enabled") private Boolean enabled;
  @JsonProperty("used") private Boolean used;

  /** For Jackson, which sets the members it finds. */
  FeatureStatusDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  FeatureStatusDto(
      Boolean enabled,
      Boolean used,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.enabled = enabled;
    this.used = used;
  }

  /** {@code enabled}; {@code null} when absent. */
  public Boolean enabled() {
    return enabled;
  }

  /** {@code used}; {@code null} when absent. */
  public Boolean used() {
    return used;
  }
}
