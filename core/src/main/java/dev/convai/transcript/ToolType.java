package dev.convai.transcript;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * The kind of a tool.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code ToolType}.
 */
public final class ToolType extends OpenVocabulary {

  private static final Registry<ToolType> VALUES = new Registry<>(ToolType::new);

  /** {@code system}. */
  public static final ToolType SYSTEM = VALUES.known("system");

  /** {@code webhook}. */
  public static final ToolType WEBHOOK = VALUES.known("webhook");

  /** {@code client}. */
  public static final ToolType CLIENT = VALUES.known("client");

  /** {@code mcp}. */
  public static final ToolType MCP = VALUES.known("mcp");

  /** {@code workflow}. */
  public static final ToolType WORKFLOW = VALUES.known("workflow");

  /** {@code api_integration_webhook}. */
  public static final ToolType API_INTEGRATION_WEBHOOK = VALUES.known("api_integration_webhook");

  /** {@code api_integration_mcp}. */
  public static final ToolType API_INTEGRATION_MCP = VALUES.known("api_integration_mcp");

  /** {@code smb}. */
  public static final ToolType SMB = VALUES.known("smb");

  private ToolType(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static ToolType of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<ToolType> knownValues() {
    return VALUES.values();
  }
}
