package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptOtherToolsResultCommonModel}. */
final class OtherToolResultDto extends WireObject implements ToolResultDto {

  @JsonProperty("request_id") private String requestId;
  @JsonProperty("tool_name") private String toolName;
  @JsonProperty("result_value") private String resultValue;
  @JsonProperty("is_error") private Boolean isError;
  @JsonProperty("is_blocked") private Boolean isBlocked;
  @JsonProperty("tool_has_been_called") private Boolean toolHasBeenCalled;
  @JsonProperty("tool_latency_secs") private Double toolLatencySecs;
  @JsonProperty("error_type") private String errorType;
  @JsonProperty("raw_error_message") private String rawErrorMessage;
  @JsonProperty("dynamic_variable_updates") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<DynamicVariableUpdateDto> dynamicVariableUpdates;
  @JsonProperty("type") private String type;

  /** For Jackson, which sets the members it finds. */
  OtherToolResultDto() {
    super(null);
  }

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
    super(unknownMembers);
    this.requestId = requestId;
    this.toolName = toolName;
    this.resultValue = resultValue;
    this.isError = isError;
    this.isBlocked = isBlocked;
    this.toolHasBeenCalled = toolHasBeenCalled;
    this.toolLatencySecs = toolLatencySecs;
    this.errorType = errorType;
    this.rawErrorMessage = rawErrorMessage;
    this.dynamicVariableUpdates = dynamicVariableUpdates;
    this.type = type;
  }

  /** {@code request_id}; {@code ""} when absent (a required member). */
  public String requestId() {
    return requestId == null ? "" : requestId;
  }

  /** {@code tool_name}; {@code ""} when absent (a required member). */
  public String toolName() {
    return toolName == null ? "" : toolName;
  }

  /** {@code result_value}; {@code ""} when absent (a required member). */
  public String resultValue() {
    return resultValue == null ? "" : resultValue;
  }

  /** {@code is_error}; {@code false} when absent (a required member). */
  public Boolean isError() {
    return isError == null ? Boolean.FALSE : isError;
  }

  /** {@code is_blocked}; {@code null} when absent. */
  public Boolean isBlocked() {
    return isBlocked;
  }

  /** {@code tool_has_been_called}; {@code false} when absent (a required member). */
  public Boolean toolHasBeenCalled() {
    return toolHasBeenCalled == null ? Boolean.FALSE : toolHasBeenCalled;
  }

  /** {@code tool_latency_secs}; {@code null} when absent. */
  public Double toolLatencySecs() {
    return toolLatencySecs;
  }

  /** {@code error_type}; {@code null} when absent. */
  public String errorType() {
    return errorType;
  }

  /** {@code raw_error_message}; {@code null} when absent. */
  public String rawErrorMessage() {
    return rawErrorMessage;
  }

  /** {@code dynamic_variable_updates}; {@code null} when absent. */
  public List<DynamicVariableUpdateDto> dynamicVariableUpdates() {
    return dynamicVariableUpdates;
  }

  /** {@code type}; {@code null} when absent. */
  public String type() {
    return type;
  }
}
