package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code DataCollectionResultCommonModel}. */
final class DataCollectionResultDto extends WireObject {

  @JsonProperty("data_collection_id") private String dataCollectionId;
  @JsonProperty("value") private JsonValue value;
  @JsonProperty("json_schema") private DataCollectionSchemaDto jsonSchema;
  @JsonProperty("rationale") private String rationale;

  /** For Jackson, which sets the members it finds. */
  DataCollectionResultDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  DataCollectionResultDto(
      String dataCollectionId,
      JsonValue value,
      DataCollectionSchemaDto jsonSchema,
      String rationale,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.dataCollectionId = dataCollectionId;
    this.value = value;
    this.jsonSchema = jsonSchema;
    this.rationale = rationale;
  }

  /** {@code data_collection_id}; {@code ""} when absent (a required member). */
  public String dataCollectionId() {
    return dataCollectionId == null ? "" : dataCollectionId;
  }

  /** {@code value}; {@code null} when absent. */
  public JsonValue value() {
    return value;
  }

  /** {@code json_schema}; {@code null} when absent. */
  public DataCollectionSchemaDto jsonSchema() {
    return jsonSchema;
  }

  /** {@code rationale}; {@code ""} when absent (a required member). */
  public String rationale() {
    return rationale == null ? "" : rationale;
  }
}
