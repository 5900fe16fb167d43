package dev.convai.usage;

import dev.convai.json.Extensible;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Text-to-speech usage.
 *
 * <p>Wire schema {@code ConversationTTSUsageModel}.
 */
@Value.Immutable
public interface TtsUsage extends Extensible {

  /** Primary TTS model. Wire name {@code primary_tts_model}; empty when absent or {@code null}. */
  Optional<String> primaryTtsModel();

  /**
   * Total audio output seconds. Wire name {@code total_audio_output_seconds}; {@code 0} when
   * absent.
   */
  @Value.Default
  default double totalAudioOutputSeconds() {
    return 0.0;
  }

  /** Total characters. Wire name {@code total_characters}; {@code 0} when absent. */
  @Value.Default
  default long totalCharacters() {
    return 0L;
  }

  /** Per voice usage. Wire name {@code per_voice_usage}; empty when absent or {@code null}. */
  List<VoiceUsage> perVoiceUsage();

  /** A builder for this type. */
  static ImmutableTtsUsage.Builder builder() {
    return ImmutableTtsUsage.builder();
  }
}
