package dev.convai.transcript;

import org.immutables.value.Value;

/**
 * A knowledge-base search.
 *
 * <p>Wire schema {@code KnowledgeBaseRagToolResultModel}, a variant of {@code
 * ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult}.
 */
@Value.Immutable
public non-sealed interface KnowledgeBaseRagOutcome extends SystemToolOutcome {

  /** Status. Wire name {@code status}; {@code success} when absent. */
  @Value.Default
  default RagToolStatus status() {
    return RagToolStatus.SUCCESS;
  }

  /** Number of relevant chunks retrieved. Wire name {@code chunk_count}; {@code 0} when absent. */
  @Value.Default
  default long chunkCount() {
    return 0L;
  }

  /**
   * Human-readable status for the LLM about the search results. Wire name {@code message}; {@code
   * "Referenced knowledge base."} when absent.
   */
  @Value.Default
  default String message() {
    return "Referenced knowledge base.";
  }

  @Override
  default SystemToolOutcome.Kind kind() {
    return SystemToolOutcome.Kind.KNOWLEDGE_BASE_RAG_SUCCESS;
  }

  @Override
  default <R> R accept(SystemToolOutcome.Visitor<R> visitor) {
    return visitor.visitKnowledgeBaseRagOutcome(this);
  }

  /** A builder for this type. */
  static ImmutableKnowledgeBaseRagOutcome.Builder builder() {
    return ImmutableKnowledgeBaseRagOutcome.builder();
  }
}
