package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationInitiationSourceInfo}. */
final class InitiationSourceInfoDto extends WireObject {

  @JsonProperty("source") private String source;
  @JsonProperty("version") private String version;

  /** For Jackson, which sets the members it finds. */
  InitiationSourceInfoDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  InitiationSourceInfoDto(
      String source,
      String version,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.source = source;
    this.version = version;
  }

  /** {@code source}; {@code null} when absent. */
  public String source() {
    return source;
  }

  /** {@code version}; {@code null} when absent. */
  public String version() {
    return version;
  }
}
