package dev.convai.transcript;

import org.immutables.value.Value;

/**
 * A transfer to another agent failed.
 *
 * <p>Wire schema {@code TransferToAgentToolResultErrorModel}, a variant of {@code
 * ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult}.
 */
@Value.Immutable
public non-sealed interface TransferToAgentErrorOutcome extends SystemToolOutcome {

  /** Status. Wire name {@code status}; {@code "error"} when absent. */
  @Value.Default
  default String status() {
    return "error";
  }

  /** From agent. Wire name {@code from_agent}. */
  String fromAgent();

  /** Error. Wire name {@code error}. */
  String error();

  @Override
  default SystemToolOutcome.Kind kind() {
    return SystemToolOutcome.Kind.TRANSFER_TO_AGENT_ERROR;
  }

  @Override
  default <R> R accept(SystemToolOutcome.Visitor<R> visitor) {
    return visitor.visitTransferToAgentErrorOutcome(this);
  }

  /** A builder for this type. */
  static ImmutableTransferToAgentErrorOutcome.Builder builder() {
    return ImmutableTransferToAgentErrorOutcome.builder();
  }
}
