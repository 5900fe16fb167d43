package dev.convai.transcript;

import org.immutables.value.Value;

/**
 * The transfer went to a branch chosen by traffic split.
 *
 * <p>Wire schema {@code TransferBranchInfoTrafficSplit}, a variant of {@code
 * TransferToAgentToolResultSuccessModelBranchInfo}.
 */
@Value.Immutable
public non-sealed interface TrafficSplitBranchInfo extends TransferBranchInfo {

  /** Branch id. Wire name {@code branch_id}. */
  String branchId();

  /** Traffic percentage. Wire name {@code traffic_percentage}. */
  double trafficPercentage();

  @Override
  default TransferBranchInfo.Kind kind() {
    return TransferBranchInfo.Kind.TRAFFIC_SPLIT;
  }

  @Override
  default <R> R accept(TransferBranchInfo.Visitor<R> visitor) {
    return visitor.visitTrafficSplitBranchInfo(this);
  }

  /** A builder for this type. */
  static ImmutableTrafficSplitBranchInfo.Builder builder() {
    return ImmutableTrafficSplitBranchInfo.builder();
  }
}
