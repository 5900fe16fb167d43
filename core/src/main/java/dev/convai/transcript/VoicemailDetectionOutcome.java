package dev.convai.transcript;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Voicemail was detected.
 *
 * <p>Wire schema {@code VoiceMailDetectionResultSuccessModel}, a variant of {@code
 * ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult}.
 */
@Value.Immutable
public non-sealed interface VoicemailDetectionOutcome extends SystemToolOutcome {

  /** Status. Wire name {@code status}; {@code "success"} when absent. */
  @Value.Default
  default String status() {
    return "success";
  }

  /** Voicemail message. Wire name {@code voicemail_message}; empty when absent or {@code null}. */
  Optional<String> voicemailMessage();

  /** Reason. Wire name {@code reason}; empty when absent or {@code null}. */
  Optional<String> reason();

  @Override
  default SystemToolOutcome.Kind kind() {
    return SystemToolOutcome.Kind.VOICEMAIL_DETECTION_SUCCESS;
  }

  @Override
  default <R> R accept(SystemToolOutcome.Visitor<R> visitor) {
    return visitor.visitVoicemailDetectionOutcome(this);
  }

  /** A builder for this type. */
  static ImmutableVoicemailDetectionOutcome.Builder builder() {
    return ImmutableVoicemailDetectionOutcome.builder();
  }
}
