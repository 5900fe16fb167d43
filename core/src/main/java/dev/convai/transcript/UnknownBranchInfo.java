package dev.convai.transcript;

import dev.convai.json.JsonValue;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Branch information of a kind this library does not know, kept as received.
 *
 * <p>Decoding never fails on a new kind: the {@code branch_reason} value and every member arrive
 * here
 * unchanged, and encoding writes them back as they were.
 */
@Value.Immutable
public non-sealed interface UnknownBranchInfo extends TransferBranchInfo {

  /** The {@code branch_reason} value as received; empty when the payload had none. */
  Optional<String> branchReason();

  /**
   * Every member of the object as received, {@code branch_reason} included. Decoding puts them all
   * here, so {@link #unknownMembers()} stays empty; encoding writes both.
   */
  Map<String, JsonValue> properties();

  @Override
  default TransferBranchInfo.Kind kind() {
    return TransferBranchInfo.Kind.UNKNOWN;
  }

  @Override
  default <R> R accept(TransferBranchInfo.Visitor<R> visitor) {
    return visitor.visitUnknownBranchInfo(this);
  }

  /** A builder for this type. */
  static ImmutableUnknownBranchInfo.Builder builder() {
    return ImmutableUnknownBranchInfo.builder();
  }
}
