package dev.convai.transcript;

import org.immutables.value.Value;

/**
 * A tool call skipped in test mode.
 *
 * <p>Wire schema {@code TestToolResultModel}, a variant of {@code
 * ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult}.
 */
@Value.Immutable
public non-sealed interface TestToolOutcome extends SystemToolOutcome {

  /** Status. Wire name {@code status}; {@code "success"} when absent. */
  @Value.Default
  default String status() {
    return "success";
  }

  /** Reason. Wire name {@code reason}; {@code "Skipping tool call in test mode"} when absent. */
  @Value.Default
  default String reason() {
    return "Skipping tool call in test mode";
  }

  @Override
  default SystemToolOutcome.Kind kind() {
    return SystemToolOutcome.Kind.TESTING_TOOL_RESULT;
  }

  @Override
  default <R> R accept(SystemToolOutcome.Visitor<R> visitor) {
    return visitor.visitTestToolOutcome(this);
  }

  /** A builder for this type. */
  static ImmutableTestToolOutcome.Builder builder() {
    return ImmutableTestToolOutcome.builder();
  }
}
