package dev.convai.transcript;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The conversation switched language.
 *
 * <p>Wire schema {@code LanguageDetectionToolResultModel}, a variant of {@code
 * ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult}.
 */
@Value.Immutable
public non-sealed interface LanguageDetectionOutcome extends SystemToolOutcome {

  /** Status. Wire name {@code status}; {@code "success"} when absent. */
  @Value.Default
  default String status() {
    return "success";
  }

  /** Reason. Wire name {@code reason}; empty when absent or {@code null}. */
  Optional<String> reason();

  /** Language. Wire name {@code language}; empty when absent or {@code null}. */
  Optional<String> language();

  @Override
  default SystemToolOutcome.Kind kind() {
    return SystemToolOutcome.Kind.LANGUAGE_DETECTION_SUCCESS;
  }

  @Override
  default <R> R accept(SystemToolOutcome.Visitor<R> visitor) {
    return visitor.visitLanguageDetectionOutcome(this);
  }

  /** A builder for this type. */
  static ImmutableLanguageDetectionOutcome.Builder builder() {
    return ImmutableLanguageDetectionOutcome.builder();
  }
}
