package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Wire form of {@code RagRetrievalInfo}. */
final class RagRetrievalInfoDto extends WireObject {

  @JsonProperty("chunks") private List<RagChunkDto> chunks;
  @JsonProperty("embedding_model") private String embeddingModel;
  @JsonProperty("retrieval_query") private String retrievalQuery;
  @JsonProperty("rag_latency_secs") private Double ragLatencySecs;
  @JsonProperty("used_chunk_ids") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<String> usedChunkIds;

  /** For Jackson, which sets the members it finds. */
  RagRetrievalInfoDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  RagRetrievalInfoDto(
      List<RagChunkDto> chunks,
      String embeddingModel,
      String retrievalQuery,
      Double ragLatencySecs,
      List<String> usedChunkIds,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.chunks = chunks;
    this.embeddingModel = embeddingModel;
    this.retrievalQuery = retrievalQuery;
    this.ragLatencySecs = ragLatencySecs;
    this.usedChunkIds = usedChunkIds;
  }

  /** {@code chunks}; {@code null} when absent. */
  public List<RagChunkDto> chunks() {
    return chunks;
  }

  /** {@code embedding_model}; {@code ""} when absent (a required member). */
  public String embeddingModel() {
    return embeddingModel == null ? "" : embeddingModel;
  }

  /** {@code retrieval_query}; {@code ""} when absent (a required member). */
  public String retrievalQuery() {
    return retrievalQuery == null ? "" : retrievalQuery;
  }

  /** {@code rag_latency_secs}; {@code 0} when absent (a required member). */
  public Double ragLatencySecs() {
    return ragLatencySecs == null ? 0.0 : ragLatencySecs;
  }

  /** {@code used_chunk_ids}; {@code null} when absent. */
  public List<String> usedChunkIds() {
    return usedChunkIds;
  }
}
