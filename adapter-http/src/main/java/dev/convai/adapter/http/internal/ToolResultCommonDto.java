package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/**
 * The members every tool result of a transcript has, whatever its {@code type}; the variants add
 * their own. Jackson writes these first, in this order (the other variant reorders them).
 */
abstract sealed class ToolResultCommonDto extends WireObject
    permits SystemToolResultDto, ApiIntegrationWebhookToolResultDto, WorkflowToolResultDto, OtherToolResultDto {

  @JsonProperty("type") private String type;
  @JsonProperty("request_id") private String requestId;
  @JsonProperty("tool_name") private String toolName;
  @JsonProperty("result_value") private String resultValue;
  @JsonProperty("is_error") private Boolean isError;
  @JsonProperty("is_blocked") private Boolean isBlocked;
  @JsonProperty("tool_has_been_called") private Boolean toolHasBeenCalled;
  @JsonProperty("tool_latency_secs") private Double toolLatencySecs;
  @JsonProperty("error_type") private String errorType;
  @JsonProperty("raw_error_message") private String rawErrorMessage;

  /** For Jackson, which sets the members it finds. */
  ToolResultCommonDto() {
    super(null);
  }

  /** The common members, {@code null} where absent. */
  ToolResultCommonDto(
      String type,
      String requestId,
      String toolName,
      String resultValue,
      Boolean isError,
      Boolean isBlocked,
      Boolean toolHasBeenCalled,
      Double toolLatencySecs,
      String errorType,
      String rawErrorMessage,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.type = type;
    this.requestId = requestId;
    this.toolName = toolName;
    this.resultValue = resultValue;
    this.isError = isError;
    this.isBlocked = isBlocked;
    this.toolHasBeenCalled = toolHasBeenCalled;
    this.toolLatencySecs = toolLatencySecs;
    this.errorType = errorType;
    this.rawErrorMessage = rawErrorMessage;
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
}
