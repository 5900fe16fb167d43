package dev.convai.transcript;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Playing DTMF tones failed.
 *
 * <p>Wire schema {@code PlayDTMFResultErrorModel}, a variant of {@code
 * ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult}.
 */
@Value.Immutable
public non-sealed interface PlayDtmfErrorOutcome extends SystemToolOutcome {

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
    return SystemToolOutcome.Kind.PLAY_DTMF_ERROR;
  }

  @Override
  default <R> R accept(SystemToolOutcome.Visitor<R> visitor) {
    return visitor.visitPlayDtmfErrorOutcome(this);
  }

  /** A builder for this type. */
  static ImmutablePlayDtmfErrorOutcome.Builder builder() {
    return ImmutablePlayDtmfErrorOutcome.builder();
  }
}
