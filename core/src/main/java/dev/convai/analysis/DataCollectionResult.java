package dev.convai.analysis;

import dev.convai.json.Extensible;
import dev.convai.json.JsonValue;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A value the analysis extracted from the conversation for one data-collection item, with its
 * rationale and the schema it was extracted against.
 *
 * <p>Wire schema {@code DataCollectionResultCommonModel}.
 */
@Value.Immutable
public interface DataCollectionResult extends Extensible {

  /** Data collection id. Wire name {@code data_collection_id}. */
  String dataCollectionId();

  /** Any type. Wire name {@code value}; empty when absent or {@code null}. */
  Optional<JsonValue> value();

  /** JSON schema. Wire name {@code json_schema}; empty when absent or {@code null}. */
  Optional<DataCollectionSchema> jsonSchema();

  /** Rationale. Wire name {@code rationale}. */
  String rationale();

  /** A builder for this type. */
  static ImmutableDataCollectionResult.Builder builder() {
    return ImmutableDataCollectionResult.builder();
  }
}
