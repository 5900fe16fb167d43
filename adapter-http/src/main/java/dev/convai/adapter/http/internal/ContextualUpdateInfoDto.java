package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ContextualUpdateInfo}. */
final class ContextualUpdateInfoDto extends WireObject {

  @JsonProperty("context_id") private String contextId;
  @JsonProperty("is_superseded") private Boolean isSuperseded;

  /** For Jackson, which sets the members it finds. */
  ContextualUpdateInfoDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  ContextualUpdateInfoDto(
      String contextId,
      Boolean isSuperseded,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.contextId = contextId;
    this.isSuperseded = isSuperseded;
  }

  /** {@code context_id}; {@code ""} when absent (a required member). */
  public String contextId() {
    return contextId == null ? "" : contextId;
  }

  /** {@code is_superseded}; {@code null} when absent. */
  public Boolean isSuperseded() {
    return isSuperseded;
  }
}
