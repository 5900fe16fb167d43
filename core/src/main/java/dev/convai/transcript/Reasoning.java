package dev.convai.transcript;

import dev.convai.json.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of the LLM's reasoning for a turn.
 *
 * <p>Wire schema {@code ConversationReasoningModel}, sent by the live API and absent from the
 * documented spec.
 */
@Value.Immutable
public interface Reasoning extends Extensible {

  /** A summary of the reasoning. Wire name {@code summary}; empty when absent or {@code null}. */
  Optional<String> summary();

  /**
   * Whether the LLM provider redacted the reasoning. Wire name {@code provider_redact}; empty when
   * absent or {@code null}.
   */
  Optional<Boolean> providerRedact();

  /** A builder for this type. */
  static ImmutableReasoning.Builder builder() {
    return ImmutableReasoning.builder();
  }
}
