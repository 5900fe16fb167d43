package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code DynamicVariableUpdateCommonModel}. */
final class DynamicVariableUpdateDto extends WireObject {

  @JsonProperty("variable_name") private String variableName;
  @JsonProperty("old_value") private String oldValue;
  @JsonProperty("new_value") private String newValue;
  @JsonProperty("updated_at") private Double updatedAt;
  @JsonProperty("tool_name") private String toolName;
  @JsonProperty("tool_request_id") private String toolRequestId;

  /** For Jackson, which sets the members it finds. */
  DynamicVariableUpdateDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  DynamicVariableUpdateDto(
      String variableName,
      String oldValue,
      String newValue,
      Double updatedAt,
      String toolName,
      String toolRequestId,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.variableName = variableName;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.updatedAt = updatedAt;
    this.toolName = toolName;
    this.toolRequestId = toolRequestId;
  }

  /** {@code variable_name}; {@code ""} when absent (a required member). */
  public String variableName() {
    return variableName == null ? "" : variableName;
  }

  /** {@code old_value}; {@code null} when absent. */
  public String oldValue() {
    return oldValue;
  }

  /** {@code new_value}; {@code ""} when absent (a required member). */
  public String newValue() {
    return newValue == null ? "" : newValue;
  }

  /** {@code updated_at}; {@code 0} when absent (a required member). */
  public Double updatedAt() {
    return updatedAt == null ? 0.0 : updatedAt;
  }

  /** {@code tool_name}; {@code ""} when absent (a required member). */
  public String toolName() {
    return toolName == null ? "" : toolName;
  }

  /** {@code tool_request_id}; {@code ""} when absent (a required member). */
  public String toolRequestId() {
    return toolRequestId == null ? "" : toolRequestId;
  }
}
