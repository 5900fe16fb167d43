package dev.convai.transcript;

import org.immutables.value.Value;

/**
 * The transfer went to the main branch by default.
 *
 * <p>Wire schema {@code TransferBranchInfoDefaultingToMain}, a variant of {@code
 * TransferToAgentToolResultSuccessModelBranchInfo}.
 */
@Value.Immutable
public non-sealed interface DefaultBranchInfo extends TransferBranchInfo {

  /** Branch id. Wire name {@code branch_id}. */
  String branchId();

  @Override
  default TransferBranchInfo.Kind kind() {
    return TransferBranchInfo.Kind.DEFAULTING_TO_MAIN;
  }

  @Override
  default <R> R accept(TransferBranchInfo.Visitor<R> visitor) {
    return visitor.visitDefaultBranchInfo(this);
  }

  /** A builder for this type. */
  static ImmutableDefaultBranchInfo.Builder builder() {
    return ImmutableDefaultBranchInfo.builder();
  }
}
