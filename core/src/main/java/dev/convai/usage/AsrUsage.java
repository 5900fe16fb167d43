package dev.convai.usage;

import dev.convai.json.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Speech-recognition usage.
 *
 * <p>Wire schema {@code ConversationASRUsageModel}.
 */
@Value.Immutable
public interface AsrUsage extends Extensible {

  /** ASR model. Wire name {@code asr_model}; empty when absent or {@code null}. */
  Optional<String> asrModel();

  /**
   * Total transcription calls. Wire name {@code total_transcription_calls}; {@code 0} when absent.
   */
  @Value.Default
  default long totalTranscriptionCalls() {
    return 0L;
  }

  /**
   * Total audio input seconds. Wire name {@code total_audio_input_seconds}; {@code 0} when absent.
   */
  @Value.Default
  default double totalAudioInputSeconds() {
    return 0.0;
  }

  /** A builder for this type. */
  static ImmutableAsrUsage.Builder builder() {
    return ImmutableAsrUsage.builder();
  }
}
