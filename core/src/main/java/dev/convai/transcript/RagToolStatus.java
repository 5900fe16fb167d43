package dev.convai.transcript;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * Status of a knowledge-base search.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code KnowledgeBaseRagToolStatus}.
 */
public final class RagToolStatus extends OpenVocabulary {

  private static final Registry<RagToolStatus> VALUES = new Registry<>(RagToolStatus::new);

  /** {@code success}. */
  public static final RagToolStatus SUCCESS = VALUES.known("success");

  /** {@code no_documents}. */
  public static final RagToolStatus NO_DOCUMENTS = VALUES.known("no_documents");

  /** {@code no_results}. */
  public static final RagToolStatus NO_RESULTS = VALUES.known("no_results");

  private RagToolStatus(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static RagToolStatus of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<RagToolStatus> knownValues() {
    return VALUES.values();
  }
}
