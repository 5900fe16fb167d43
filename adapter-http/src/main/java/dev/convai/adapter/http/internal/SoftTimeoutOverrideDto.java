package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code SoftTimeoutConfigOverride}. */
final class SoftTimeoutOverrideDto extends WireObject {

  @JsonProperty("message") private String message;

  /** For Jackson, which sets the members it finds. */
  SoftTimeoutOverrideDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  SoftTimeoutOverrideDto(
      String message,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.message = message;
  }

  /** {@code message}; {@code null} when absent. */
  public String message() {
    return message;
  }
}
