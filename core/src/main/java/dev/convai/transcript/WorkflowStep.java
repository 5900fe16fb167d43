package dev.convai.transcript;

import dev.convai.json.Extensible;
import java.util.Optional;

/**
 * One step of a workflow tool; an unknown step kind arrives as {@link UnknownWorkflowStep} with all
 * its data.
 *
 * <p>Java 17 has no pattern {@code switch}: use {@link #kind()} or {@link #accept(Visitor)}.
 * Wire schema {@code WorkflowToolResponseModelOutputStepsItems}, discriminated by {@code type}.
 */
public sealed interface WorkflowStep extends Extensible
    permits EdgeStep, MaxIterationsExceededStep, NestedToolsStep, UnknownWorkflowStep {

  /** The variants, each with the {@code type} value that selects it. */
  enum Kind {
    /** {@code edge}: see {@link EdgeStep}. */
    EDGE("edge"),
    /** {@code max_iterations_exceeded}: see {@link MaxIterationsExceededStep}. */
    MAX_ITERATIONS_EXCEEDED("max_iterations_exceeded"),
    /** {@code nested_tools}: see {@link NestedToolsStep}. */
    NESTED_TOOLS("nested_tools"),
    /** A kind this library does not know; see {@link UnknownWorkflowStep}. */
    UNKNOWN(null);

    private final String wireValue;

    Kind(String wireValue) {
      this.wireValue = wireValue;
    }

    /** The {@code type} value of this kind; empty for the catch-all kind. */
    public Optional<String> wireValue() {
      return Optional.ofNullable(wireValue);
    }
  }

  /**
   * Visits the variants.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /** Visits a {@link EdgeStep}. */
    R visitEdgeStep(EdgeStep value);

    /** Visits a {@link MaxIterationsExceededStep}. */
    R visitMaxIterationsExceededStep(MaxIterationsExceededStep value);

    /** Visits a {@link NestedToolsStep}. */
    R visitNestedToolsStep(NestedToolsStep value);

    /** Visits a {@link UnknownWorkflowStep}. */
    R visitUnknownWorkflowStep(UnknownWorkflowStep value);
  }

  /** Which variant this is. */
  Kind kind();

  /** Calls the visitor method of this variant. */
  <R> R accept(Visitor<R> visitor);
}
