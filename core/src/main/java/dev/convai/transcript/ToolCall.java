package dev.convai.transcript;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A tool call the agent made during a turn.
 *
 * <p>Wire schema {@code ConversationHistoryTranscriptToolCallCommonModel-Output}.
 */
@Value.Immutable
public interface ToolCall {

  /** Wire name {@code type}; empty when absent or {@code null}. */
  Optional<ToolType> type();

  /** Wire name {@code request_id}. */
  String requestId();

  /** Wire name {@code tool_name}. */
  String toolName();

  /** Wire name {@code params_as_json}. */
  String paramsAsJson();

  /** Wire name {@code tool_has_been_called}. */
  boolean toolHasBeenCalled();

  /** Wire name {@code tool_details}; empty when absent or {@code null}. */
  Optional<ToolDetails> toolDetails();

  /** A builder for this type. */
  static ImmutableToolCall.Builder builder() {
    return ImmutableToolCall.builder();
  }
}
