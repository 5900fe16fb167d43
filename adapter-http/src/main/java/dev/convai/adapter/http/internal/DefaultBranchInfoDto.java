package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code TransferToAgentToolResultSuccessModelBranchInfo/TransferBranchInfoDefaultingToMain}. */
record DefaultBranchInfoDto(
    @JsonProperty("branch_reason") String branchReason,
    @JsonProperty("branch_id") String branchId) implements TransferBranchInfoDto {

  DefaultBranchInfoDto {
    branchId = branchId == null ? "" : branchId;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static DefaultBranchInfoDto empty() {
    return new DefaultBranchInfoDto(null, null);
  }
}
