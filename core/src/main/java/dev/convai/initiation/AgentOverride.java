package dev.convai.initiation;

import dev.convai.json.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Agent overrides: first message, language, prompt.
 *
 * <p>Wire schema {@code AgentConfigOverride-Output}.
 */
@Value.Immutable
public interface AgentOverride extends Extensible {

  /**
   * If non-empty, the first message the agent will say. If empty, the agent waits for the user to
   * start the discussion. Wire name {@code first_message}; empty when absent or {@code null}.
   */
  Optional<String> firstMessage();

  /**
   * Language of the agent - used for ASR and TTS. Wire name {@code language}; empty when absent or
   * {@code null}.
   */
  Optional<String> language();

  /**
   * If non-empty, the message the agent will send when max conversation duration is reached. Wire
   * name {@code max_conversation_duration_message}; empty when absent or {@code null}.
   */
  Optional<String> maxConversationDurationMessage();

  /** The prompt for the agent. Wire name {@code prompt}; empty when absent or {@code null}. */
  Optional<PromptOverride> prompt();

  /** A builder for this type. */
  static ImmutableAgentOverride.Builder builder() {
    return ImmutableAgentOverride.builder();
  }
}
