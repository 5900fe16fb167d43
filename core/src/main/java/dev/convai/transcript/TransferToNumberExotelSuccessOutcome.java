package dev.convai.transcript;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The call was transferred to a number through Exotel.
 *
 * <p>Wire schema {@code TransferToNumberResultExotelSuccessModel}, a variant of {@code
 * ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult}.
 */
@Value.Immutable
public non-sealed interface TransferToNumberExotelSuccessOutcome extends SystemToolOutcome {

  /** Status. Wire name {@code status}; {@code "success"} when absent. */
  @Value.Default
  default String status() {
    return "success";
  }

  /** Transfer number. Wire name {@code transfer_number}. */
  String transferNumber();

  /** Reason. Wire name {@code reason}; empty when absent or {@code null}. */
  Optional<String> reason();

  /** Note. Wire name {@code note}; empty when absent or {@code null}. */
  Optional<String> note();

  /**
   * A message for the agent on the transfer, as the Twilio variant has. Sent by the live API,
   * absent from the documented spec. Wire name {@code agent_message}; empty when absent or {@code
   * null}.
   */
  Optional<String> agentMessage();

  @Override
  default SystemToolOutcome.Kind kind() {
    return SystemToolOutcome.Kind.TRANSFER_TO_NUMBER_EXOTEL_SUCCESS;
  }

  @Override
  default <R> R accept(SystemToolOutcome.Visitor<R> visitor) {
    return visitor.visitTransferToNumberExotelSuccessOutcome(this);
  }

  /** A builder for this type. */
  static ImmutableTransferToNumberExotelSuccessOutcome.Builder builder() {
    return ImmutableTransferToNumberExotelSuccessOutcome.builder();
  }
}
