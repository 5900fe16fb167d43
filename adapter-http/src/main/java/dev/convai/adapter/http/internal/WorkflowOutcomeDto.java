package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Wire form of {@code WorkflowToolResponseModel-Output}. */
final class WorkflowOutcomeDto extends WireObject {

  @JsonProperty("steps") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<WorkflowStepDto> steps;

  /** For Jackson, which sets the members it finds. */
  WorkflowOutcomeDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  WorkflowOutcomeDto(
      List<WorkflowStepDto> steps,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.steps = steps;
  }

  /** {@code steps}; {@code null} when absent. */
  public List<WorkflowStepDto> steps() {
    return steps;
  }
}
