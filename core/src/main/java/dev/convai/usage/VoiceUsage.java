package dev.convai.usage;

import dev.convai.json.Extensible;
import org.immutables.value.Value;

/**
 * Audio produced with one voice.
 *
 * <p>Wire schema {@code ConversationVoiceUsageModel}.
 */
@Value.Immutable
public interface VoiceUsage extends Extensible {

  /** Voice id. Wire name {@code voice_id}. */
  String voiceId();

  /** Audio output seconds. Wire name {@code audio_output_seconds}; {@code 0} when absent. */
  @Value.Default
  default double audioOutputSeconds() {
    return 0.0;
  }

  /** A builder for this type. */
  static ImmutableVoiceUsage.Builder builder() {
    return ImmutableVoiceUsage.builder();
  }
}
