package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code TestsFeatureUsageCommonModel}. */
final class AgentTestingUsageDto extends WireObject {

  @JsonProperty("enabled") private Boolean enabled;
  @JsonProperty("tests_ran_after_last_modification") private Boolean testsRanAfterLastModification;
  @JsonProperty("tests_ran_in_last_7_days") private Boolean testsRanInLast7Days;

  /** For Jackson, which sets the members it finds. */
  AgentTestingUsageDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  AgentTestingUsageDto(
      Boolean enabled,
      Boolean testsRanAfterLastModification,
      Boolean testsRanInLast7Days,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.enabled = enabled;
    this.testsRanAfterLastModification = testsRanAfterLastModification;
    this.testsRanInLast7Days = testsRanInLast7Days;
  }

  /** {@code enabled}; {@code null} when absent. */
  public Boolean enabled() {
    return enabled;
  }

  /** {@code tests_ran_after_last_modification}; {@code null} when absent. */
  public Boolean testsRanAfterLastModification() {
    return testsRanAfterLastModification;
  }

  /** {@code tests_ran_in_last_7_days}; {@code null} when absent. */
  public Boolean testsRanInLast7Days() {
    return testsRanInLast7Days;
  }
}
