package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code RagChunkMetadata}. */
record RagChunkDto(
    @JsonProperty("document_id") String documentId,
    @JsonProperty("chunk_id") String chunkId,
    @JsonProperty("vector_distance") Double vectorDistance) {

  RagChunkDto {
    documentId = documentId == null ? "" : documentId;
    chunkId = chunkId == null ? "" : chunkId;
    vectorDistance = vectorDistance == null ? 0.0 : vectorDistance;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static RagChunkDto empty() {
    return new RagChunkDto(null, null, null);
  }
}
