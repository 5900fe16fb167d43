package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code TransferToAgentToolResultSuccessModelBranchInfo/TransferBranchInfoTrafficSplit}. */
final class TrafficSplitBranchInfoDto extends WireObject implements TransferBranchInfoDto {

  @JsonProperty("branch_reason") private String branchReason;
  @JsonProperty("branch_id") private String branchId;
  @JsonProperty("traffic_percentage") private Double trafficPercentage;

  /** For Jackson, which sets the members it finds. */
  TrafficSplitBranchInfoDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  TrafficSplitBranchInfoDto(
      String branchReason,
      String branchId,
      Double trafficPercentage,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.branchReason = branchReason;
    this.branchId = branchId;
    this.trafficPercentage = trafficPercentage;
  }

  /** {@code branch_reason}; {@code null} when absent. */
  public String branchReason() {
    return branchReason;
  }

  /** {@code branch_id}; {@code ""} when absent (a required member). */
  public String branchId() {
    return branchId == null ? "" : branchId;
  }

  /** {@code traffic_percentage}; {@code 0} when absent (a required member). */
  public Double trafficPercentage() {
    return trafficPercentage == null ? 0.0 : trafficPercentage;
  }
}
