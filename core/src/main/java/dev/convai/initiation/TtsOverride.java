package dev.convai.initiation;

import dev.convai.json.Extensible;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Text-to-speech overrides.
 *
 * <p>Wire schema {@code TTSConversationalConfigOverride}.
 */
@Value.Immutable
public interface TtsOverride extends Extensible {

  /** The voice ID to use for TTS. Wire name {@code voice_id}; empty when absent or {@code null}. */
  Optional<String> voiceId();

  /**
   * The stability of generated speech. Wire name {@code stability}; empty when absent or {@code
   * null}.
   */
  OptionalDouble stability();

  /** The speed of generated speech. Wire name {@code speed}; empty when absent or {@code null}. */
  OptionalDouble speed();

  /**
   * The similarity boost for generated speech. Wire name {@code similarity_boost}; empty when
   * absent or {@code null}.
   */
  OptionalDouble similarityBoost();

  /**
   * The model to use for TTS. Sent by the live API, absent from the documented spec. Wire name
   * {@code model_id}; empty when absent or {@code null}.
   */
  Optional<TtsModel> modelId();

  /** A builder for this type. */
  static ImmutableTtsOverride.Builder builder() {
    return ImmutableTtsOverride.builder();
  }
}
