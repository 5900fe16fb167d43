package dev.convai.transcript;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A transfer to a phone number failed.
 *
 * <p>Wire schema {@code TransferToNumberResultErrorModel}, a variant of {@code
 * ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult}.
 */
@Value.Immutable
public non-sealed interface TransferToNumberErrorOutcome extends SystemToolOutcome {

  /** Status. Wire name {@code status}; {@code "error"} when absent. */
  @Value.Default
  default String status() {
    return "error";
  }

  /** Error. Wire name {@code error}. */
  String error();

  /** Details. Wire name {@code details}; empty when absent or {@code null}. */
  Optional<String> details();

  @Override
  default SystemToolOutcome.Kind kind() {
    return SystemToolOutcome.Kind.TRANSFER_TO_NUMBER_ERROR;
  }

  @Override
  default <R> R accept(SystemToolOutcome.Visitor<R> visitor) {
    return visitor.visitTransferToNumberErrorOutcome(this);
  }

  /** A builder for this type. */
  static ImmutableTransferToNumberErrorOutcome.Builder builder() {
    return ImmutableTransferToNumberErrorOutcome.builder();
  }
}
