package dev.convai.transcript;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The conversation was transferred to another agent.
 *
 * <p>Wire schema {@code TransferToAgentToolResultSuccessModel}, a variant of {@code
 * ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult}.
 */
@Value.Immutable
public non-sealed interface TransferToAgentSuccessOutcome extends SystemToolOutcome {

  /** Status. Wire name {@code status}; {@code "success"} when absent. */
  @Value.Default
  default String status() {
    return "success";
  }

  /** From agent. Wire name {@code from_agent}. */
  String fromAgent();

  /** To agent. Wire name {@code to_agent}. */
  String toAgent();

  /** To node. Wire name {@code to_node}; empty when absent or {@code null}. */
  Optional<String> toNode();

  /** Condition. Wire name {@code condition}. */
  String condition();

  /** Delay, in milliseconds. Wire name {@code delay_ms}; {@code 0} when absent. */
  @Value.Default
  default long delayMs() {
    return 0L;
  }

  /** Transfer message. Wire name {@code transfer_message}; empty when absent or {@code null}. */
  Optional<String> transferMessage();

  /**
   * Enable transferred agent first message. Wire name {@code
   * enable_transferred_agent_first_message}; {@code false} when absent.
   */
  @Value.Default
  default boolean enableTransferredAgentFirstMessage() {
    return false;
  }

  /** Branch info. Wire name {@code branch_info}; empty when absent or {@code null}. */
  Optional<TransferBranchInfo> branchInfo();

  /**
   * Whether the client's TTS overrides carry over to the agent transferred to. Sent by the live
   * API, absent from the documented spec. Wire name {@code preserve_client_tts_overrides}; empty
   * when absent or {@code null}.
   */
  Optional<Boolean> preserveClientTtsOverrides();

  @Override
  default SystemToolOutcome.Kind kind() {
    return SystemToolOutcome.Kind.TRANSFER_TO_AGENT_SUCCESS;
  }

  @Override
  default <R> R accept(SystemToolOutcome.Visitor<R> visitor) {
    return visitor.visitTransferToAgentSuccessOutcome(this);
  }

  /** A builder for this type. */
  static ImmutableTransferToAgentSuccessOutcome.Builder builder() {
    return ImmutableTransferToAgentSuccessOutcome.builder();
  }
}
