package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Wire form of {@code ConversationHistoryTranscriptOtherToolsResultCommonModel}. */
record OtherToolResultDto(
    @JsonProperty("request_id") String requestId,
    @JsonProperty("tool_name") String toolName,
    @JsonProperty("result_value") String resultValue,
    @JsonProperty("is_error") Boolean isError,
    @JsonProperty("is_blocked") Boolean isBlocked,
    @JsonProperty("tool_has_been_called") Boolean toolHasBeenCalled,
    @JsonProperty("tool_latency_secs") Double toolLatencySecs,
    @JsonProperty("error_type") String errorType,
    @JsonProperty("raw_error_message") String rawErrorMessage,
    @JsonProperty("dynamic_variable_updates") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DynamicVariableUpdateDto> dynamicVariableUpdates,
    @JsonProperty("type") String type) implements ToolResultDto {

  OtherToolResultDto {
    requestId = requestId == null ? "" : requestId;
    toolName = toolName == null ? "" : toolName;
    resultValue = resultValue == null ? "" : resultValue;
    isError = isError == null ? Boolean.FALSE : isError;
    toolHasBeenCalled = toolHasBeenCalled == null ? Boolean.FALSE : toolHasBeenCalled;
    dynamicVariableUpdates = dynamicVariableUpdates == null ? List.of() : dynamicVariableUpdates;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static OtherToolResultDto empty() {
    return new OtherToolResultDto(null, null, null, null, null, null, null, null, null, null, null);
  }
}
