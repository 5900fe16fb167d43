package dev.convai.usage;

import dev.convai.json.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * LLM usage split into generation that was charged irreversibly and generation that was only
 * initiated.
 *
 * <p>Wire schema {@code LLMCategoryUsage}.
 */
@Value.Immutable
public interface LlmChargingUsage extends Extensible {

  /**
   * Irreversible generation. Wire name {@code irreversible_generation}; empty when absent or {@code
   * null}.
   */
  Optional<LlmUsage> irreversibleGeneration();

  /**
   * Initiated generation. Wire name {@code initiated_generation}; empty when absent or {@code
   * null}.
   */
  Optional<LlmUsage> initiatedGeneration();

  /** A builder for this type. */
  static ImmutableLlmChargingUsage.Builder builder() {
    return ImmutableLlmChargingUsage.builder();
  }
}
