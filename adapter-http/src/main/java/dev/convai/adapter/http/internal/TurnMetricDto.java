package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code MetricRecord}. */
final class TurnMetricDto extends WireObject {

  @JsonProperty("elapsed_time") private Double elapsedTime;

  /** For Jackson, which sets the members it finds. */
  TurnMetricDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  TurnMetricDto(
      Double elapsedTime,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.elapsedTime = elapsedTime;
  }

  /** {@code elapsed_time}; {@code 0} when absent (a required member). */
  public Double elapsedTime() {
    return elapsedTime == null ? 0.0 : elapsedTime;
  }
}
