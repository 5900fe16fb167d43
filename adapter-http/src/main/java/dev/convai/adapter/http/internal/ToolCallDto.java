package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptToolCallCommonModel-Output}. */
final class ToolCallDto extends WireObject {

  @JsonProperty("type") private String type;
  @JsonProperty("request_id") private String requestId;
  @JsonProperty("tool_name") private String toolName;
  @JsonProperty("params_as_json") private String paramsAsJson;
  @JsonProperty("tool_has_been_called") private Boolean toolHasBeenCalled;
  @JsonProperty("tool_details") private ToolDetailsDto toolDetails;

  /** For Jackson, which sets the members it finds. */
  ToolCallDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  ToolCallDto(
      String type,
      String requestId,
      String toolName,
      String paramsAsJson,
      Boolean toolHasBeenCalled,
      ToolDetailsDto toolDetails,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.type = type;
    this.requestId = requestId;
    this.toolName = toolName;
    this.paramsAsJson = paramsAsJson;
    this.toolHasBeenCalled = toolHasBeenCalled;
    this.toolDetails = toolDetails;
  }

  /** {@code type}; {@code null} when absent. */
  public String type() {
    return type;
  }

  /** {@code request_id}; {@code ""} when absent (a required member). */
  public String requestId() {
    return requestId == null ? "" : requestId;
  }

  /** {@code tool_name}; {@code ""} when absent (a required member). */
  public String toolName() {
    return toolName == null ? "" : toolName;
  }

  /** {@code params_as_json}; {@code ""} when absent (a required member). */
  public String paramsAsJson() {
    return paramsAsJson == null ? "" : paramsAsJson;
  }

  /** {@code tool_has_been_called}; {@code false} when absent (a required member). */
  public Boolean toolHasBeenCalled() {
    return toolHasBeenCalled == null ? Boolean.FALSE : toolHasBeenCalled;
  }

  /** {@code tool_details}; {@code null} when absent. */
  public ToolDetailsDto toolDetails() {
    return toolDetails;
  }
}
