package dev.convai.transcript;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of a workflow tool call, with the steps the workflow took.
 *
 * <p>Wire schema {@code ConversationHistoryTranscriptWorkflowToolsResultCommonModel-Output}.
 */
@Value.Immutable
public non-sealed interface WorkflowToolResult extends ToolResult {

  /** Result. Wire name {@code result}; empty when absent or {@code null}. */
  Optional<WorkflowOutcome> result();

  @Override
  default ToolResult.Kind kind() {
    return ToolResult.Kind.WORKFLOW;
  }

  @Override
  default <R> R accept(ToolResult.Visitor<R> visitor) {
    return visitor.visitWorkflowToolResult(this);
  }

  /** A builder for this type. */
  static ImmutableWorkflowToolResult.Builder builder() {
    return ImmutableWorkflowToolResult.builder();
  }
}
