package dev.convai.transcript;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The agent skipped its turn.
 *
 * <p>Wire schema {@code SkipTurnToolResponseModel}, a variant of {@code
 * ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult}.
 */
@Value.Immutable
public non-sealed interface SkipTurnOutcome extends SystemToolOutcome {

  /** Status. Wire name {@code status}; {@code "success"} when absent. */
  @Value.Default
  default String status() {
    return "success";
  }

  /** Reason. Wire name {@code reason}; empty when absent or {@code null}. */
  Optional<String> reason();

  @Override
  default SystemToolOutcome.Kind kind() {
    return SystemToolOutcome.Kind.SKIP_TURN_SUCCESS;
  }

  @Override
  default <R> R accept(SystemToolOutcome.Visitor<R> visitor) {
    return visitor.visitSkipTurnOutcome(this);
  }

  /** A builder for this type. */
  static ImmutableSkipTurnOutcome.Builder builder() {
    return ImmutableSkipTurnOutcome.builder();
  }
}
