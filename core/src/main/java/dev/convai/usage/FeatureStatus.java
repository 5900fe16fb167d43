package dev.convai.usage;

import dev.convai.json.Extensible;
import org.immutables.value.Value;

/**
 * Whether a feature was enabled and whether it was used.
 *
 * <p>Wire schema {@code FeatureStatusCommonModel}.
 */
@Value.Immutable
public interface FeatureStatus extends Extensible {

  /** Enabled. Wire name {@code enabled}; {@code false} when absent. */
  @Value.Default
  default boolean enabled() {
    return false;
  }

  /** Used. Wire name {@code used}; {@code false} when absent. */
  @Value.Default
  default boolean used() {
    return false;
  }

  /** A builder for this type. */
  static ImmutableFeatureStatus.Builder builder() {
    return ImmutableFeatureStatus.builder();
  }
}
