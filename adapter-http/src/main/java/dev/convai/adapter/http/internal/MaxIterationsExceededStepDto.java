package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code WorkflowToolResponseModelOutputStepsItems/WorkflowToolMaxIterationsExceededStepModel}. */
final class MaxIterationsExceededStepDto extends WireObject implements WorkflowStepDto {

  @JsonProperty("type") private String type;
  @JsonProperty("step_latency_secs") private Double stepLatencySecs;
  @JsonProperty("max_iterations") private Long maxIterations;

  /** For Jackson, which sets the members it finds. */
  MaxIterationsExceededStepDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  MaxIterationsExceededStepDto(
      String type,
      Double stepLatencySecs,
      Long maxIterations,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.type = type;
    this.stepLatencySecs = stepLatencySecs;
    this.maxIterations = maxIterations;
  }

  /** {@code type}; {@code null} when absent. */
  public String type() {
    return type;
  }

  /** {@code step_latency_secs}; {@code 0} when absent (a required member). */
  public Double stepLatencySecs() {
    return stepLatencySecs == null ? 0.0 : stepLatencySecs;
  }

  /** {@code max_iterations}; {@code 0} when absent (a required member). */
  public Long maxIterations() {
    return maxIterations == null ? 0L : maxIterations;
  }
}
