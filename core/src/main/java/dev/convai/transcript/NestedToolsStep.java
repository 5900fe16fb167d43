package dev.convai.transcript;

import java.util.List;
import org.immutables.value.Value;

/**
 * The workflow ran tools at a node.
 *
 * <p>Wire schema {@code WorkflowToolNestedToolsStepModel}, a variant of {@code
 * WorkflowToolResponseModelOutputStepsItems}.
 */
@Value.Immutable
public non-sealed interface NestedToolsStep extends WorkflowStep {

  /** Step latency, in seconds. Wire name {@code step_latency_secs}. */
  double stepLatencySecs();

  /** Node id. Wire name {@code node_id}. */
  String nodeId();

  /** Requests. Wire name {@code requests}; empty when absent or {@code null}. */
  List<ToolCall> requests();

  /** Results. Wire name {@code results}; empty when absent or {@code null}. */
  List<ToolResult> results();

  /** Whether it is successful. Wire name {@code is_successful}. */
  boolean isSuccessful();

  @Override
  default WorkflowStep.Kind kind() {
    return WorkflowStep.Kind.NESTED_TOOLS;
  }

  @Override
  default <R> R accept(WorkflowStep.Visitor<R> visitor) {
    return visitor.visitNestedToolsStep(this);
  }

  /** A builder for this type. */
  static ImmutableNestedToolsStep.Builder builder() {
    return ImmutableNestedToolsStep.builder();
  }
}
