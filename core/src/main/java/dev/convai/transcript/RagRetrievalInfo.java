package dev.convai.transcript;

import dev.convai.json.Extensible;
import java.util.List;
import org.immutables.value.Value;

/**
 * What knowledge-base retrieval found for a turn.
 *
 * <p>Wire schema {@code RagRetrievalInfo}.
 */
@Value.Immutable
public interface RagRetrievalInfo extends Extensible {

  /** Chunks. Wire name {@code chunks}; empty when absent or {@code null}. */
  List<RagChunk> chunks();

  /** Embedding model. Wire name {@code embedding_model}. */
  EmbeddingModel embeddingModel();

  /** Retrieval query. Wire name {@code retrieval_query}. */
  String retrievalQuery();

  /** Rag latency, in seconds. Wire name {@code rag_latency_secs}. */
  double ragLatencySecs();

  /** Used chunk ids. Wire name {@code used_chunk_ids}; empty when absent or {@code null}. */
  List<String> usedChunkIds();

  /** A builder for this type. */
  static ImmutableRagRetrievalInfo.Builder builder() {
    return ImmutableRagRetrievalInfo.builder();
  }
}
