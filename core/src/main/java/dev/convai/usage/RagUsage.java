package dev.convai.usage;

import dev.convai.json.Extensible;
import org.immutables.value.Value;

/**
 * Knowledge-base retrieval usage.
 *
 * <p>Wire schema {@code ConversationHistoryRagUsageCommonModel}.
 */
@Value.Immutable
public interface RagUsage extends Extensible {

  /** Usage count. Wire name {@code usage_count}. */
  long usageCount();

  /** Embedding model. Wire name {@code embedding_model}. */
  String embeddingModel();

  /** A builder for this type. */
  static ImmutableRagUsage.Builder builder() {
    return ImmutableRagUsage.builder();
  }
}
