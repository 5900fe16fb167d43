package dev.convai.transcript;

import dev.convai.json.Extensible;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Latency metrics of a turn and the providers that served it.
 *
 * <p>Wire schema {@code ConversationTurnMetrics}.
 */
@Value.Immutable
public interface TurnMetrics extends Extensible {

  /** Metrics. Wire name {@code metrics}; empty when absent or {@code null}. */
  Map<String, TurnMetric> metrics();

  /**
   * ConvAI ASR provider. Wire name {@code convai_asr_provider}; empty when absent or {@code null}.
   */
  Optional<String> convaiAsrProvider();

  /** ConvAI TTS model. Wire name {@code convai_tts_model}; empty when absent or {@code null}. */
  Optional<String> convaiTtsModel();

  /**
   * ConvAI TTS cascade. Wire name {@code convai_tts_cascade}; empty when absent or {@code null}.
   */
  Optional<String> convaiTtsCascade();

  /** A builder for this type. */
  static ImmutableTurnMetrics.Builder builder() {
    return ImmutableTurnMetrics.builder();
  }
}
