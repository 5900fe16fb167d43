package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code WorkflowToolResponseModelOutputStepsItems/WorkflowToolMaxIterationsExceededStepModel}. */
record MaxIterationsExceededStepDto(
    @JsonProperty("type") String type,
    @JsonProperty("step_latency_secs") Double stepLatencySecs,
    @JsonProperty("max_iterations") Long maxIterations) implements WorkflowStepDto {

  MaxIterationsExceededStepDto {
    stepLatencySecs = stepLatencySecs == null ? 0.0 : stepLatencySecs;
    maxIterations = maxIterations == null ? 0L : maxIterations;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static MaxIterationsExceededStepDto empty() {
    return new MaxIterationsExceededStepDto(null, null, null);
  }
}
