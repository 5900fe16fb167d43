package dev.convai.transcript;

import dev.convai.json.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A tool call the agent made during a turn.
 *
 * <p>Wire schema {@code ConversationHistoryTranscriptToolCallCommonModel-Output}.
 */
@Value.Immutable
public interface ToolCall extends Extensible {

  /** Type. Wire name {@code type}; empty when absent or {@code null}. */
  Optional<ToolType> type();

  /** Request id. Wire name {@code request_id}. */
  String requestId();

  /** Tool name. Wire name {@code tool_name}. */
  String toolName();

  /** Params as JSON. Wire name {@code params_as_json}. */
  String paramsAsJson();

  /** Tool has been called. Wire name {@code tool_has_been_called}. */
  boolean toolHasBeenCalled();

  /** Tool details. Wire name {@code tool_details}; empty when absent or {@code null}. */
  Optional<ToolDetails> toolDetails();

  /** A builder for this type. */
  static ImmutableToolCall.Builder builder() {
    return ImmutableToolCall.builder();
  }
}
