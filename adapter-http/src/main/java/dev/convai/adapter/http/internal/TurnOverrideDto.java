package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code TurnConfigOverride}. */
final class TurnOverrideDto extends WireObject {

  @JsonProperty("soft_timeout_config") private SoftTimeoutOverrideDto softTimeoutConfig;

  /** For Jackson, which sets the members it finds. */
  TurnOverrideDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  TurnOverrideDto(
      SoftTimeoutOverrideDto softTimeoutConfig,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.softTimeoutConfig = softTimeoutConfig;
  }

  /** {@code soft_timeout_config}; {@code null} when absent. */
  public SoftTimeoutOverrideDto softTimeoutConfig() {
    return softTimeoutConfig;
  }
}
