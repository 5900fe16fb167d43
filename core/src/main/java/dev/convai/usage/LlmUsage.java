package dev.convai.usage;

import dev.convai.json.Extensible;
import java.util.Map;
import org.immutables.value.Value;

/**
 * LLM token usage per model name.
 *
 * <p>Wire schema {@code LLMUsage-Output}.
 */
@Value.Immutable
public interface LlmUsage extends Extensible {

  /** Model usage. Wire name {@code model_usage}; empty when absent or {@code null}. */
  Map<String, ModelTokenUsage> modelUsage();

  /** A builder for this type. */
  static ImmutableLlmUsage.Builder builder() {
    return ImmutableLlmUsage.builder();
  }
}
