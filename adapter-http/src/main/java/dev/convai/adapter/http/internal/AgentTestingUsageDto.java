package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code TestsFeatureUsageCommonModel}. */
record AgentTestingUsageDto(
    @JsonProperty("enabled") Boolean enabled,
    @JsonProperty("tests_ran_after_last_modification") Boolean testsRanAfterLastModification,
    @JsonProperty("tests_ran_in_last_7_days") Boolean testsRanInLast7Days) {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static AgentTestingUsageDto empty() {
    return new AgentTestingUsageDto(null, null, null);
  }
}
