package dev.convai.initiation;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * Kind of knowledge-base document.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code KnowledgeBaseDocumentType}.
 */
public final class KnowledgeBaseDocumentType extends OpenVocabulary {

  private static final Registry<KnowledgeBaseDocumentType> VALUES = new Registry<>(KnowledgeBaseDocumentType::new);

  /** {@code file}. */
  public static final KnowledgeBaseDocumentType FILE = VALUES.known("file");

  /** {@code url}. */
  public static final KnowledgeBaseDocumentType URL = VALUES.known("url");

  /** {@code text}. */
  public static final KnowledgeBaseDocumentType TEXT = VALUES.known("text");

  /** {@code folder}. */
  public static final KnowledgeBaseDocumentType FOLDER = VALUES.known("folder");

  private KnowledgeBaseDocumentType(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static KnowledgeBaseDocumentType of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<KnowledgeBaseDocumentType> knownValues() {
    return VALUES.values();
  }
}
