package dev.convai.initiation;

import dev.convai.json.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Conversation-level overrides.
 *
 * <p>Wire schema {@code ConversationConfigOverride}.
 */
@Value.Immutable
public interface ConversationOverride extends Extensible {

  /**
   * If enabled audio will not be processed and only text will be used, use to avoid audio pricing.
   * Wire name {@code text_only}; empty when absent or {@code null}.
   */
  Optional<Boolean> textOnly();

  /** A builder for this type. */
  static ImmutableConversationOverride.Builder builder() {
    return ImmutableConversationOverride.builder();
  }
}
