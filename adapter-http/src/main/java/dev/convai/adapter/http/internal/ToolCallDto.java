package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryTranscriptToolCallCommonModel-Output}. */
record ToolCallDto(
    @JsonProperty("type") String type,
    @JsonProperty("request_id") String requestId,
    @JsonProperty("tool_name") String toolName,
    @JsonProperty("params_as_json") String paramsAsJson,
    @JsonProperty("tool_has_been_called") Boolean toolHasBeenCalled,
    @JsonProperty("tool_details") ToolDetailsDto toolDetails) {

  ToolCallDto {
    requestId = requestId == null ? "" : requestId;
    toolName = toolName == null ? "" : toolName;
    paramsAsJson = paramsAsJson == null ? "" : paramsAsJson;
    toolHasBeenCalled = toolHasBeenCalled == null ? Boolean.FALSE : toolHasBeenCalled;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static ToolCallDto empty() {
    return new ToolCallDto(null, null, null, null, null, null);
  }
}
