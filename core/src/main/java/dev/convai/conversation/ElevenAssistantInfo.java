package dev.convai.conversation;

import dev.convai.json.Extensible;
import org.immutables.value.Value;

/**
 * Whether the conversation was with the ElevenLabs assistant.
 *
 * <p>Wire schema {@code ConversationHistoryElevenAssistantCommonModel}.
 */
@Value.Immutable
public interface ElevenAssistantInfo extends Extensible {

  /**
   * Whether it is eleven assistant. Wire name {@code is_eleven_assistant}; {@code false} when
   * absent.
   */
  @Value.Default
  default boolean isElevenAssistant() {
    return false;
  }

  /** A builder for this type. */
  static ImmutableElevenAssistantInfo.Builder builder() {
    return ImmutableElevenAssistantInfo.builder();
  }
}
