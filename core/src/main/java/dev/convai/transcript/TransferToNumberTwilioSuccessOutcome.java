package dev.convai.transcript;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The call was transferred to a number through Twilio.
 *
 * <p>Wire schema {@code TransferToNumberResultTwilioSuccessModel}, a variant of {@code
 * ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult}.
 */
@Value.Immutable
public non-sealed interface TransferToNumberTwilioSuccessOutcome extends SystemToolOutcome {

  /** Status. Wire name {@code status}; {@code "success"} when absent. */
  @Value.Default
  default String status() {
    return "success";
  }

  /** Transfer number. Wire name {@code transfer_number}. */
  String transferNumber();

  /** Reason. Wire name {@code reason}; empty when absent or {@code null}. */
  Optional<String> reason();

  /** Client message. Wire name {@code client_message}; empty when absent or {@code null}. */
  Optional<String> clientMessage();

  /** Agent message. Wire name {@code agent_message}. */
  String agentMessage();

  /** Conference name. Wire name {@code conference_name}. */
  String conferenceName();

  /** Post dial digits. Wire name {@code post_dial_digits}; empty when absent or {@code null}. */
  Optional<String> postDialDigits();

  /** Note. Wire name {@code note}; empty when absent or {@code null}. */
  Optional<String> note();

  @Override
  default SystemToolOutcome.Kind kind() {
    return SystemToolOutcome.Kind.TRANSFER_TO_NUMBER_TWILIO_SUCCESS;
  }

  @Override
  default <R> R accept(SystemToolOutcome.Visitor<R> visitor) {
    return visitor.visitTransferToNumberTwilioSuccessOutcome(this);
  }

  /** A builder for this type. */
  static ImmutableTransferToNumberTwilioSuccessOutcome.Builder builder() {
    return ImmutableTransferToNumberTwilioSuccessOutcome.builder();
  }
}
