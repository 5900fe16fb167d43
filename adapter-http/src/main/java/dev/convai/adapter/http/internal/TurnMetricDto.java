package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code MetricRecord}. */
record TurnMetricDto(
    @JsonProperty("elapsed_time") Double elapsedTime) {

  TurnMetricDto {
    elapsedTime = elapsedTime == null ? 0.0 : elapsedTime;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static TurnMetricDto empty() {
    return new TurnMetricDto(null);
  }
}
