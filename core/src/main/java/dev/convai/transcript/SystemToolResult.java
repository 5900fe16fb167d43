package dev.convai.transcript;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of a system tool call (end call, transfer, language detection, ...).
 *
 * <p>Wire schema {@code ConversationHistoryTranscriptSystemToolResultCommonModel-Output}.
 */
@Value.Immutable
public non-sealed interface SystemToolResult extends ToolResult {

  /** Result. Wire name {@code result}; empty when absent or {@code null}. */
  Optional<SystemToolOutcome> result();

  @Override
  default ToolResult.Kind kind() {
    return ToolResult.Kind.SYSTEM;
  }

  @Override
  default <R> R accept(ToolResult.Visitor<R> visitor) {
    return visitor.visitSystemToolResult(this);
  }

  /** A builder for this type. */
  static ImmutableSystemToolResult.Builder builder() {
    return ImmutableSystemToolResult.builder();
  }
}
