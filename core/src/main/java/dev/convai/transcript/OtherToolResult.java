package dev.convai.transcript;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of a client, webhook, MCP or code tool call; also the home of results whose {@code
 * type} this library does not know.
 *
 * <p>Wire schema {@code ConversationHistoryTranscriptOtherToolsResultCommonModel}.
 */
@Value.Immutable
public non-sealed interface OtherToolResult extends ToolResult {

  /** Type. Wire name {@code type}; empty when absent or {@code null}. */
  Optional<OtherToolResultType> type();

  @Override
  default ToolResult.Kind kind() {
    return ToolResult.Kind.OTHER;
  }

  @Override
  default <R> R accept(ToolResult.Visitor<R> visitor) {
    return visitor.visitOtherToolResult(this);
  }

  /** A builder for this type. */
  static ImmutableOtherToolResult.Builder builder() {
    return ImmutableOtherToolResult.builder();
  }
}
