package dev.convai.transcript;

import dev.convai.json.Extensible;
import org.immutables.value.Value;

/**
 * A knowledge-base chunk retrieved for a turn.
 *
 * <p>Wire schema {@code RagChunkMetadata}.
 */
@Value.Immutable
public interface RagChunk extends Extensible {

  /** Document id. Wire name {@code document_id}. */
  String documentId();

  /** Chunk id. Wire name {@code chunk_id}. */
  String chunkId();

  /** Vector distance. Wire name {@code vector_distance}. */
  double vectorDistance();

  /** A builder for this type. */
  static ImmutableRagChunk.Builder builder() {
    return ImmutableRagChunk.builder();
  }
}
