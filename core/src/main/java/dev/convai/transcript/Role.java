package dev.convai.transcript;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * Who speaks in a transcript entry: the user or the agent.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code
 * ConversationHistoryTranscriptResponseModelRole}.
 */
public final class Role extends OpenVocabulary {

  private static final Registry<Role> VALUES = new Registry<>(Role::new);

  /** {@code user}. */
  public static final Role USER = VALUES.known("user");

  /** {@code agent}. */
  public static final Role AGENT = VALUES.known("agent");

  private Role(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static Role of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<Role> knownValues() {
    return VALUES.values();
  }
}
