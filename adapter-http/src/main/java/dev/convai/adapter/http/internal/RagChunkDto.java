package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code RagChunkMetadata}. */
final class RagChunkDto extends WireObject {

  @JsonProperty("document_id") private String documentId;
  @JsonProperty("chunk_id") private String chunkId;
  @JsonProperty("vector_distance") private Double vectorDistance;

  /** For Jackson, which sets the members it finds. */
  RagChunkDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  RagChunkDto(
      String documentId,
      String chunkId,
      Double vectorDistance,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.documentId = documentId;
    this.chunkId = chunkId;
    this.vectorDistance = vectorDistance;
  }

  /** {@code document_id}; {@code ""} when absent (a required member). */
  public String documentId() {
    return documentId == null ? "" : documentId;
  }

  /** {@code chunk_id}; {@code ""} when absent (a required member). */
  public String chunkId() {
    return chunkId == null ? "" : chunkId;
  }

  /** {@code vector_distance}; {@code 0} when absent (a required member). */
  public Double vectorDistance() {
    return vectorDistance == null ? 0.0 : vectorDistance;
  }
}
