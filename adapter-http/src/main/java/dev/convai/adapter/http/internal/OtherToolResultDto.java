package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * Wire form of {@code ConversationHistoryTranscriptOtherToolsResultCommonModel}, which puts its
 * {@code type} last.
 */
@JsonPropertyOrder({
  "request_id", "tool_name", "result_value", "is_error", "is_blocked", "tool_has_been_called", "tool_latency_secs",
  "error_type", "raw_error_message", "dynamic_variable_updates", "type"
})
final class OtherToolResultDto extends ToolResultCommonDto implements ToolResultDto {

  @JsonProperty("dynamic_variable_updates") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<DynamicVariableUpdateDto> dynamicVariableUpdates;

  /** For Jackson, which sets the members it finds. */
  OtherToolResultDto() {}

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  OtherToolResultDto(
      String requestId,
      String toolName,
      String resultValue,
      Boolean isError,
      Boolean isBlocked,
      Boolean toolHasBeenCalled,
      Double toolLatencySecs,
      String errorType,
      String rawErrorMessage,
      List<DynamicVariableUpdateDto> dynamicVariableUpdates,
      String type,
      Map<String, JsonValue> unknownMembers) {
    super(
        type, requestId, toolName, resultValue, isError, isBlocked, toolHasBeenCalled, toolLatencySecs,
        errorType, rawErrorMessage, unknownMembers);
    this.dynamicVariableUpdates = dynamicVariableUpdates;
  }

  /** {@code dynamic_variable_updates}; {@code null} when absent. */
  public List<DynamicVariableUpdateDto> dynamicVariableUpdates() {
    return dynamicVariableUpdates;
  }
}
