package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;

/** Wire form of {@code DataCollectionResultCommonModel}. */
record DataCollectionResultDto(
    @JsonProperty("data_collection_id") String dataCollectionId,
    @JsonProperty("value") JsonValue value,
    @JsonProperty("json_schema") DataCollectionSchemaDto jsonSchema,
    @JsonProperty("rationale") String rationale) {

  DataCollectionResultDto {
    dataCollectionId = dataCollectionId == null ? "" : dataCollectionId;
    rationale = rationale == null ? "" : rationale;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static DataCollectionResultDto empty() {
    return new DataCollectionResultDto(null, null, null, null);
  }
}
