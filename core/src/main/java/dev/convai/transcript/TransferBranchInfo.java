package dev.convai.transcript;

import dev.convai.json.Extensible;
import java.util.Optional;

/**
 * Why a transfer went to a given branch of the target agent; an unknown reason arrives as {@link
 * UnknownBranchInfo}.
 *
 * <p>Java 17 has no pattern {@code switch}: use {@link #kind()} or {@link #accept(Visitor)}.
 * Wire schema {@code TransferToAgentToolResultSuccessModelBranchInfo}, discriminated by {@code
 * branch_reason}.
 */
public sealed interface TransferBranchInfo extends Extensible
    permits DefaultBranchInfo, TrafficSplitBranchInfo, UnknownBranchInfo {

  /** The variants, each with the {@code branch_reason} value that selects it. */
  enum Kind {
    /** {@code defaulting_to_main}: see {@link DefaultBranchInfo}. */
    DEFAULTING_TO_MAIN("defaulting_to_main"),
    /** {@code traffic_split}: see {@link TrafficSplitBranchInfo}. */
    TRAFFIC_SPLIT("traffic_split"),
    /** A kind this library does not know; see {@link UnknownBranchInfo}. */
    UNKNOWN(null);

    private final String wireValue;

    Kind(String wireValue) {
      this.wireValue = wireValue;
    }

    /** The {@code branch_reason} value of this kind; empty for the catch-all kind. */
    public Optional<String> wireValue() {
      return Optional.ofNullable(wireValue);
    }
  }

  /**
   * Visits the variants.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /** Visits a {@link DefaultBranchInfo}. */
    R visitDefaultBranchInfo(DefaultBranchInfo value);

    /** Visits a {@link TrafficSplitBranchInfo}. */
    R visitTrafficSplitBranchInfo(TrafficSplitBranchInfo value);

    /** Visits a {@link UnknownBranchInfo}. */
    R visitUnknownBranchInfo(UnknownBranchInfo value);
  }

  /** Which variant this is. */
  Kind kind();

  /** Calls the visitor method of this variant. */
  <R> R accept(Visitor<R> visitor);
}
