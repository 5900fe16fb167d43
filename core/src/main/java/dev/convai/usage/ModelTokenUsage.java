package dev.convai.usage;

import dev.convai.json.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Token usage of one model: input, cached input and output.
 *
 * <p>Wire schema {@code LLMInputOutputTokensUsage}.
 */
@Value.Immutable
public interface ModelTokenUsage extends Extensible {

  /** Input. Wire name {@code input}; empty when absent or {@code null}. */
  Optional<TokenUsage> input();

  /** Input cache read. Wire name {@code input_cache_read}; empty when absent or {@code null}. */
  Optional<TokenUsage> inputCacheRead();

  /** Input cache write. Wire name {@code input_cache_write}; empty when absent or {@code null}. */
  Optional<TokenUsage> inputCacheWrite();

  /** Output total. Wire name {@code output_total}; empty when absent or {@code null}. */
  Optional<TokenUsage> outputTotal();

  /** A builder for this type. */
  static ImmutableModelTokenUsage.Builder builder() {
    return ImmutableModelTokenUsage.builder();
  }
}
