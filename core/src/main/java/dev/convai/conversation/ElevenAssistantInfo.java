package dev.convai.conversation;

import org.immutables.value.Value;

/**
 * Whether the conversation was with the ElevenLabs assistant.
 *
 * <p>Wire schema {@code ConversationHistoryElevenAssistantCommonModel}.
 */
@Value.Immutable
public interface ElevenAssistantInfo {

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
