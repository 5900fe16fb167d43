package dev.convai.usage;

import dev.convai.json.Extensible;
import org.immutables.value.Value;

/**
 * Tokens of one category and their price.
 *
 * <p>Wire schema {@code LLMTokensCategoryUsage}.
 */
@Value.Immutable
public interface TokenUsage extends Extensible {

  /** Tokens. Wire name {@code tokens}; {@code 0} when absent. */
  @Value.Default
  default long tokens() {
    return 0L;
  }

  /** Price. Wire name {@code price}; {@code 0} when absent. */
  @Value.Default
  default double price() {
    return 0.0;
  }

  /** A builder for this type. */
  static ImmutableTokenUsage.Builder builder() {
    return ImmutableTokenUsage.builder();
  }
}
