package dev.convai.transcript;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * DTMF tones were played.
 *
 * <p>Wire schema {@code PlayDTMFResultSuccessModel}, a variant of {@code
 * ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult}.
 */
@Value.Immutable
public non-sealed interface PlayDtmfSuccessOutcome extends SystemToolOutcome {

  /** Status. Wire name {@code status}; {@code "success"} when absent. */
  @Value.Default
  default String status() {
    return "success";
  }

  /** DTMF tones. Wire name {@code dtmf_tones}. */
  String dtmfTones();

  /** Reason. Wire name {@code reason}; empty when absent or {@code null}. */
  Optional<String> reason();

  @Override
  default SystemToolOutcome.Kind kind() {
    return SystemToolOutcome.Kind.PLAY_DTMF_SUCCESS;
  }

  @Override
  default <R> R accept(SystemToolOutcome.Visitor<R> visitor) {
    return visitor.visitPlayDtmfSuccessOutcome(this);
  }

  /** A builder for this type. */
  static ImmutablePlayDtmfSuccessOutcome.Builder builder() {
    return ImmutablePlayDtmfSuccessOutcome.builder();
  }
}
