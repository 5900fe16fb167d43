package dev.convai.transcript;

import dev.convai.json.Extensible;
import java.util.List;
import org.immutables.value.Value;

/**
 * The steps a workflow tool took.
 *
 * <p>Wire schema {@code WorkflowToolResponseModel-Output}.
 */
@Value.Immutable
public interface WorkflowOutcome extends Extensible {

  /** Steps. Wire name {@code steps}; empty when absent or {@code null}. */
  List<WorkflowStep> steps();

  /** A builder for this type. */
  static ImmutableWorkflowOutcome.Builder builder() {
    return ImmutableWorkflowOutcome.builder();
  }
}
