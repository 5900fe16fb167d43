package dev.convai.initiation;

import dev.convai.json.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Soft-timeout overrides.
 *
 * <p>Wire schema {@code SoftTimeoutConfigOverride}.
 */
@Value.Immutable
public interface SoftTimeoutOverride extends Extensible {

  /**
   * Message to show when soft timeout is reached while waiting for LLM response. Wire name {@code
   * message}; empty when absent or {@code null}.
   */
  Optional<String> message();

  /** A builder for this type. */
  static ImmutableSoftTimeoutOverride.Builder builder() {
    return ImmutableSoftTimeoutOverride.builder();
  }
}
