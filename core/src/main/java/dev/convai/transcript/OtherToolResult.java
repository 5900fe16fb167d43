package dev.convai.transcript;

import java.util.List;
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

  /** Request id. Wire name {@code request_id}. */
  @Override
  String requestId();

  /** Tool name. Wire name {@code tool_name}. */
  @Override
  String toolName();

  /** Result value. Wire name {@code result_value}. */
  @Override
  String resultValue();

  /** Whether it is error. Wire name {@code is_error}. */
  @Override
  boolean isError();

  /** Whether it is blocked. Wire name {@code is_blocked}; {@code false} when absent. */
  @Override
  @Value.Default
  default boolean isBlocked() {
    return false;
  }

  /** Tool has been called. Wire name {@code tool_has_been_called}. */
  @Override
  boolean toolHasBeenCalled();

  /** Tool latency, in seconds. Wire name {@code tool_latency_secs}; {@code 0} when absent. */
  @Override
  @Value.Default
  default double toolLatencySecs() {
    return 0.0;
  }

  /** Error type. Wire name {@code error_type}; {@code ""} when absent. */
  @Override
  @Value.Default
  default String errorType() {
    return "";
  }

  /** Raw error message. Wire name {@code raw_error_message}; {@code ""} when absent. */
  @Override
  @Value.Default
  default String rawErrorMessage() {
    return "";
  }

  /**
   * Dynamic variable updates. Wire name {@code dynamic_variable_updates}; empty when absent or
   * {@code null}.
   */
  @Override
  List<DynamicVariableUpdate> dynamicVariableUpdates();

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
