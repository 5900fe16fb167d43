package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Wire form of {@code WorkflowToolResponseModel-Output}. */
record WorkflowOutcomeDto(
    @JsonProperty("steps") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<WorkflowStepDto> steps) {

  WorkflowOutcomeDto {
    steps = steps == null ? List.of() : steps;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static WorkflowOutcomeDto empty() {
    return new WorkflowOutcomeDto(null);
  }
}
