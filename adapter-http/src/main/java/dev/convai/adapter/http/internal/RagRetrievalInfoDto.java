package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Wire form of {@code RagRetrievalInfo}. */
record RagRetrievalInfoDto(
    @JsonProperty("chunks") List<RagChunkDto> chunks,
    @JsonProperty("embedding_model") String embeddingModel,
    @JsonProperty("retrieval_query") String retrievalQuery,
    @JsonProperty("rag_latency_secs") Double ragLatencySecs,
    @JsonProperty("used_chunk_ids") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> usedChunkIds) {

  RagRetrievalInfoDto {
    chunks = chunks == null ? List.of() : chunks;
    embeddingModel = embeddingModel == null ? "" : embeddingModel;
    retrievalQuery = retrievalQuery == null ? "" : retrievalQuery;
    ragLatencySecs = ragLatencySecs == null ? 0.0 : ragLatencySecs;
    usedChunkIds = usedChunkIds == null ? List.of() : usedChunkIds;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static RagRetrievalInfoDto empty() {
    return new RagRetrievalInfoDto(null, null, null, null, null);
  }
}
