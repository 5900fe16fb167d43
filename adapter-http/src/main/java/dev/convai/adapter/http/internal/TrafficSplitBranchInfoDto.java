package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code TransferToAgentToolResultSuccessModelBranchInfo/TransferBranchInfoTrafficSplit}. */
record TrafficSplitBranchInfoDto(
    @JsonProperty("branch_reason") String branchReason,
    @JsonProperty("branch_id") String branchId,
    @JsonProperty("traffic_percentage") Double trafficPercentage) implements TransferBranchInfoDto {

  TrafficSplitBranchInfoDto {
    branchId = branchId == null ? "" : branchId;
    trafficPercentage = trafficPercentage == null ? 0.0 : trafficPercentage;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static TrafficSplitBranchInfoDto empty() {
    return new TrafficSplitBranchInfoDto(null, null, null);
  }
}
