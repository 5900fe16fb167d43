package dev.convai.transcript;

import org.immutables.value.Value;

/**
 * The workflow stopped after too many iterations.
 *
 * <p>Wire schema {@code WorkflowToolMaxIterationsExceededStepModel}, a variant of {@code
 * WorkflowToolResponseModelOutputStepsItems}.
 */
@Value.Immutable
public non-sealed interface MaxIterationsExceededStep extends WorkflowStep {

  /** Step latency, in seconds. Wire name {@code step_latency_secs}. */
  double stepLatencySecs();

  /** Max iterations. Wire name {@code max_iterations}. */
  long maxIterations();

  @Override
  default WorkflowStep.Kind kind() {
    return WorkflowStep.Kind.MAX_ITERATIONS_EXCEEDED;
  }

  @Override
  default <R> R accept(WorkflowStep.Visitor<R> visitor) {
    return visitor.visitMaxIterationsExceededStep(this);
  }

  /** A builder for this type. */
  static ImmutableMaxIterationsExceededStep.Builder builder() {
    return ImmutableMaxIterationsExceededStep.builder();
  }
}
