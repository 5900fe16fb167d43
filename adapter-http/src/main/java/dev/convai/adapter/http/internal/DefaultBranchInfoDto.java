package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code TransferToAgentToolResultSuccessModelBranchInfo/TransferBranchInfoDefaultingToMain}. */
final class DefaultBranchInfoDto extends WireObject implements TransferBranchInfoDto {

  @JsonProperty("branch_reason") private String branchReason;
  @JsonProperty("branch_id") private String branchId;

  /** For Jackson, which sets the members it finds. */
  DefaultBranchInfoDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  DefaultBranchInfoDto(
      String branchReason,
      String branchId,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.branchReason = branchReason;
    this.branchId = branchId;
  }

  /** {@code branch_reason}; {@code null} when absent. */
  public String branchReason() {
    return branchReason;
  }

  /** {@code branch_id}; {@code ""} when absent (a required member). */
  public String branchId() {
    return branchId == null ? "" : branchId;
  }
}
