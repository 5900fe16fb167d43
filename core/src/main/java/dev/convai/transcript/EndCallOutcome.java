package dev.convai.transcript;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The agent ended the call.
 *
 * <p>Wire schema {@code EndCallToolResultModel}, a variant of {@code
 * ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult}.
 */
@Value.Immutable
public non-sealed interface EndCallOutcome extends SystemToolOutcome {

  /** Status. Wire name {@code status}; {@code "success"} when absent. */
  @Value.Default
  default String status() {
    return "success";
  }

  /** Reason. Wire name {@code reason}; empty when absent or {@code null}. */
  Optional<String> reason();

  /** Message. Wire name {@code message}; empty when absent or {@code null}. */
  Optional<String> message();

  @Override
  default SystemToolOutcome.Kind kind() {
    return SystemToolOutcome.Kind.END_CALL_SUCCESS;
  }

  @Override
  default <R> R accept(SystemToolOutcome.Visitor<R> visitor) {
    return visitor.visitEndCallOutcome(this);
  }

  /** A builder for this type. */
  static ImmutableEndCallOutcome.Builder builder() {
    return ImmutableEndCallOutcome.builder();
  }
}
