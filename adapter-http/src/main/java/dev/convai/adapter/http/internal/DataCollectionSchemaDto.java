package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Wire form of {@code LiteralJsonSchemaProperty}. */
final class DataCollectionSchemaDto extends WireObject {

  @JsonProperty("type") private String type;
  @JsonProperty("description") private String description;
  @JsonProperty("enum") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<String> enumValues;
  @JsonProperty("is_system_provided") private Boolean isSystemProvided;
  @JsonProperty("dynamic_variable") private String dynamicVariable;
  @JsonProperty("constant_value") private JsonValue constantValue;
  @JsonProperty("is_omitted") private Boolean isOmitted;
  @JsonProperty("allowed_values_dynamic_variable") private String allowedValuesDynamicVariable;

  /** For Jackson, which sets the members it finds. */
  DataCollectionSchemaDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  DataCollectionSchemaDto(
      String type,
      String description,
      List<String> enumValues,
      Boolean isSystemProvided,
      String dynamicVariable,
      JsonValue constantValue,
      Boolean isOmitted,
      String allowedValuesDynamicVariable,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.type = type;
    this.description = description;
    this.enumValues = enumValues;
    this.isSystemProvided = isSystemProvided;
    this.dynamicVariable = dynamicVariable;
    this.constantValue = constantValue;
    this.isOmitted = isOmitted;
    this.allowedValuesDynamicVariable = allowedValuesDynamicVariable;
  }

  /** {@code type}; {@code ""} when absent (a required member). */
  public String type() {
    return type == null ? "" : type;
  }

  /** {@code description}; {@code null} when absent. */
  public String description() {
    return description;
  }

  /** {@code enum}; {@code null} when absent. */
  public List<String> enumValues() {
    return enumValues;
  }

  /** {@code is_system_provided}; {@code null} when absent. */
  public Boolean isSystemProvided() {
    return isSystemProvided;
  }

  /** {@code dynamic_variable}; {@code null} when absent. */
  public String dynamicVariable() {
    return dynamicVariable;
  }

  /** {@code constant_value}; {@code null} when absent. */
  public JsonValue constantValue() {
    return constantValue;
  }

  /** {@code is_omitted}; {@code null} when absent. */
  public Boolean isOmitted() {
    return isOmitted;
  }

  /** {@code allowed_values_dynamic_variable}; {@code null} when absent. */
  public String allowedValuesDynamicVariable() {
    return allowedValuesDynamicVariable;
  }
}
