package dev.convai.transcript;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * The kind of a client, webhook, MCP or code tool result.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code
 * ConversationHistoryTranscriptOtherToolsResultCommonModelType}.
 */
public final class OtherToolResultType extends OpenVocabulary {

  private static final Registry<OtherToolResultType> VALUES = new Registry<>(OtherToolResultType::new);

  /** {@code client}. */
  public static final OtherToolResultType CLIENT = VALUES.known("client");

  /** {@code webhook}. */
  public static final OtherToolResultType WEBHOOK = VALUES.known("webhook");

  /** {@code mcp}. */
  public static final OtherToolResultType MCP = VALUES.known("mcp");

  /** {@code code}. */
  public static final OtherToolResultType CODE = VALUES.known("code");

  private OtherToolResultType(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static OtherToolResultType of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<OtherToolResultType> knownValues() {
    return VALUES.values();
  }
}
