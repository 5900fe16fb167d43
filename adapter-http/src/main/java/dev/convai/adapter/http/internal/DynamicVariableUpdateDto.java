package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code DynamicVariableUpdateCommonModel}. */
record DynamicVariableUpdateDto(
    @JsonProperty("variable_name") String variableName,
    @JsonProperty("old_value") String oldValue,
    @JsonProperty("new_value") String newValue,
    @JsonProperty("updated_at") Double updatedAt,
    @JsonProperty("tool_name") String toolName,
    @JsonProperty("tool_request_id") String toolRequestId) {

  DynamicVariableUpdateDto {
    variableName = variableName == null ? "" : variableName;
    newValue = newValue == null ? "" : newValue;
    updatedAt = updatedAt == null ? 0.0 : updatedAt;
    toolName = toolName == null ? "" : toolName;
    toolRequestId = toolRequestId == null ? "" : toolRequestId;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static DynamicVariableUpdateDto empty() {
    return new DynamicVariableUpdateDto(null, null, null, null, null, null);
  }
}
