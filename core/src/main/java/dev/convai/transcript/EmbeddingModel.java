package dev.convai.transcript;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * The embedding model used for retrieval.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code EmbeddingModelEnum}.
 */
public final class EmbeddingModel extends OpenVocabulary {

  private static final Registry<EmbeddingModel> VALUES = new Registry<>(EmbeddingModel::new);

  /** {@code e5_mistral_7b_instruct}. */
  public static final EmbeddingModel E5_MISTRAL_7B_INSTRUCT = VALUES.known("e5_mistral_7b_instruct");

  /** {@code multilingual_e5_large_instruct}. */
  public static final EmbeddingModel MULTILINGUAL_E5_LARGE_INSTRUCT = VALUES.known("multilingual_e5_large_instruct");

  private EmbeddingModel(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static EmbeddingModel of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<EmbeddingModel> knownValues() {
    return VALUES.values();
  }
}
