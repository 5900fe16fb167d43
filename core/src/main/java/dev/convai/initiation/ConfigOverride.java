package dev.convai.initiation;

import dev.convai.json.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Overrides of the agent's configuration for this conversation.
 *
 * <p>Wire schema {@code ConversationConfigClientOverride-Output}.
 */
@Value.Immutable
public interface ConfigOverride extends Extensible {

  /**
   * Configuration for conversational transcription. Wire name {@code asr}; empty when absent or
   * {@code null}.
   */
  Optional<AsrOverride> asr();

  /**
   * Configuration for turn detection. Wire name {@code turn}; empty when absent or {@code null}.
   */
  Optional<TurnOverride> turn();

  /**
   * Configuration for conversational text to speech. Wire name {@code tts}; empty when absent or
   * {@code null}.
   */
  Optional<TtsOverride> tts();

  /**
   * Configuration for conversational events. Wire name {@code conversation}; empty when absent or
   * {@code null}.
   */
  Optional<ConversationOverride> conversation();

  /** Agent specific configuration. Wire name {@code agent}; empty when absent or {@code null}. */
  Optional<AgentOverride> agent();

  /** A builder for this type. */
  static ImmutableConfigOverride.Builder builder() {
    return ImmutableConfigOverride.builder();
  }
}
