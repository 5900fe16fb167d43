package dev.convai.history;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * The product surface a conversation belongs to: the agents platform or the speech engine.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code ConversationProduct}.
 */
public final class ConversationProduct extends OpenVocabulary {

  private static final Registry<ConversationProduct> VALUES = new Registry<>(ConversationProduct::new);

  /** {@code agents}. */
  public static final ConversationProduct AGENTS = VALUES.known("agents");

  /** {@code speech_engine}. */
  public static final ConversationProduct SPEECH_ENGINE = VALUES.known("speech_engine");

  private ConversationProduct(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static ConversationProduct of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<ConversationProduct> knownValues() {
    return VALUES.values();
  }
}
