package dev.convai.initiation;

import dev.convai.json.Extensible;
import org.immutables.value.Value;

/**
 * A knowledge-base document used by the agent.
 *
 * <p>Wire schema {@code KnowledgeBaseLocator}.
 */
@Value.Immutable
public interface KnowledgeBaseRef extends Extensible {

  /** The type of the knowledge base. Wire name {@code type}. */
  KnowledgeBaseDocumentType type();

  /** The name of the knowledge base. Wire name {@code name}. */
  String name();

  /** The ID of the knowledge base. Wire name {@code id}. */
  String id();

  /**
   * The usage mode of the knowledge base. Wire name {@code usage_mode}; {@code auto} when absent.
   */
  @Value.Default
  default DocumentUsageMode usageMode() {
    return DocumentUsageMode.AUTO;
  }

  /** A builder for this type. */
  static ImmutableKnowledgeBaseRef.Builder builder() {
    return ImmutableKnowledgeBaseRef.builder();
  }
}
