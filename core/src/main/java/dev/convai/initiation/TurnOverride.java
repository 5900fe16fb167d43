package dev.convai.initiation;

import dev.convai.json.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Turn-taking overrides.
 *
 * <p>Wire schema {@code TurnConfigOverride}.
 */
@Value.Immutable
public interface TurnOverride extends Extensible {

  /**
   * Configuration for soft timeout functionality. Provides immediate feedback during longer LLM
   * responses. Wire name {@code soft_timeout_config}; empty when absent or {@code null}.
   */
  Optional<SoftTimeoutOverride> softTimeoutConfig();

  /** A builder for this type. */
  static ImmutableTurnOverride.Builder builder() {
    return ImmutableTurnOverride.builder();
  }
}
