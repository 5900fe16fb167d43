package dev.convai.conversation;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * Where the agent's definition was created or last updated: CLI, UI, API or template.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code AgentDefinitionSource}.
 */
public final class AgentDefinitionSource extends OpenVocabulary {

  private static final Registry<AgentDefinitionSource> VALUES = new Registry<>(AgentDefinitionSource::new);

  /** {@code cli}. */
  public static final AgentDefinitionSource CLI = VALUES.known("cli");

  /** {@code ui}. */
  public static final AgentDefinitionSource UI = VALUES.known("ui");

  /** {@code api}. */
  public static final AgentDefinitionSource API = VALUES.known("api");

  /** {@code template}. */
  public static final AgentDefinitionSource TEMPLATE = VALUES.known("template");

  /** {@code unknown}. */
  public static final AgentDefinitionSource UNKNOWN = VALUES.known("unknown");

  private AgentDefinitionSource(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static AgentDefinitionSource of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<AgentDefinitionSource> knownValues() {
    return VALUES.values();
  }
}
