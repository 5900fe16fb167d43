package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails/ConversationHistoryTranscriptToolCallClientDetails}. */
final class ClientToolDetailsDto extends WireObject implements ToolDetailsDto {

  @JsonProperty("type") private String type;
  @JsonProperty("parameters") private String parameters;

  /** For Jackson, which sets the members it finds. */
  ClientToolDetailsDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  ClientToolDetailsDto(
      String type,
      String parameters,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.type = type;
    this.parameters = parameters;
  }

  /** {@code type}; {@code null} when absent. */
  public String type() {
    return type;
  }

  /** {@code parameters}; {@code ""} when absent (a required member). */
  public String parameters() {
    return parameters == null ? "" : parameters;
  }
}
