package dev.convai.adapter.fake;

import dev.convai.analysis.DataCollectionSchema;
import dev.convai.analysis.SchemaValueType;
import java.util.Objects;

/**
 * One data-collection item of an agent: what the analysis extracts from the transcript, and the
 * JSON type of the value. The schema is reported with each result, as the API does.
 *
 * @param id the item's id, the key of its result in the analysis
 * @param schema the value's type and description
 */
public record DataCollectionItem(String id, DataCollectionSchema schema) {

  /** An item; refuses a blank id. */
  public DataCollectionItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(schema, "schema");
    if (id.isBlank()) {
      throw new IllegalArgumentException("A data-collection id must not be blank");
    }
  }

  /** An item of this type, described for the extractor. */
  public static DataCollectionItem of(String id, SchemaValueType type, String description) {
    return new DataCollectionItem(
        id, DataCollectionSchema.builder().type(type).description(description).build());
  }

  /** The JSON type of the value. */
  public SchemaValueType type() {
    return schema.type();
  }
}
