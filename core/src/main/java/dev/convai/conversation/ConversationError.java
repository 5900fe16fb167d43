package dev.convai.conversation;

import dev.convai.json.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An error that ended or marred the conversation.
 *
 * <p>Wire schema {@code ConversationHistoryErrorCommonModel}.
 */
@Value.Immutable
public interface ConversationError extends Extensible {

  /** Code. Wire name {@code code}. */
  long code();

  /** Reason. Wire name {@code reason}; empty when absent or {@code null}. */
  Optional<String> reason();

  /** A builder for this type. */
  static ImmutableConversationError.Builder builder() {
    return ImmutableConversationError.builder();
  }
}
