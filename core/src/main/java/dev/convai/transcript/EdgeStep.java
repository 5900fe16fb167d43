package dev.convai.transcript;

import org.immutables.value.Value;

/**
 * The workflow followed an edge.
 *
 * <p>Wire schema {@code WorkflowToolEdgeStepModel}, a variant of {@code
 * WorkflowToolResponseModelOutputStepsItems}.
 */
@Value.Immutable
public non-sealed interface EdgeStep extends WorkflowStep {

  /** Step latency, in seconds. Wire name {@code step_latency_secs}. */
  double stepLatencySecs();

  /** Edge id. Wire name {@code edge_id}. */
  String edgeId();

  /** Target node id. Wire name {@code target_node_id}. */
  String targetNodeId();

  @Override
  default WorkflowStep.Kind kind() {
    return WorkflowStep.Kind.EDGE;
  }

  @Override
  default <R> R accept(WorkflowStep.Visitor<R> visitor) {
    return visitor.visitEdgeStep(this);
  }

  /** A builder for this type. */
  static ImmutableEdgeStep.Builder builder() {
    return ImmutableEdgeStep.builder();
  }
}
