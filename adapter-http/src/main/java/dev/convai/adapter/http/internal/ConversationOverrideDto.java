package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationConfigOverride}. */
final class ConversationOverrideDto extends WireObject {

  @JsonProperty("text_only") private Boolean textOnly;

  /** For Jackson, which sets the members it finds. */
  ConversationOverrideDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  ConversationOverrideDto(
      Boolean textOnly,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.textOnly = textOnly;
  }

  /** {@code text_only}; {@code null} when absent. */
  public Boolean textOnly() {
    return textOnly;
  }
}
