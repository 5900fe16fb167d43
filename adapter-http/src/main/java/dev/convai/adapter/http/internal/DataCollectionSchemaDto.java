package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.List;

/** Wire form of {@code LiteralJsonSchemaProperty}. */
record DataCollectionSchemaDto(
    @JsonProperty("type") String type,
    @JsonProperty("description") String description,
    @JsonProperty("enum") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> enumValues,
    @JsonProperty("is_system_provided") Boolean isSystemProvided,
    @JsonProperty("dynamic_variable") String dynamicVariable,
    @JsonProperty("constant_value") JsonValue constantValue,
    @JsonProperty("is_omitted") Boolean isOmitted) {

  DataCollectionSchemaDto {
    type = type == null ? "" : type;
    enumValues = enumValues == null ? List.of() : enumValues;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static DataCollectionSchemaDto empty() {
    return new DataCollectionSchemaDto(null, null, null, null, null, null, null);
  }
}
