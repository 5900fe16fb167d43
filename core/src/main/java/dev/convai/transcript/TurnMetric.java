package dev.convai.transcript;

import dev.convai.json.Extensible;
import org.immutables.value.Value;

/**
 * One latency metric of a turn.
 *
 * <p>Wire schema {@code MetricRecord}.
 */
@Value.Immutable
public interface TurnMetric extends Extensible {

  /** Elapsed time. Wire name {@code elapsed_time}. */
  double elapsedTime();

  /** A builder for this type. */
  static ImmutableTurnMetric.Builder builder() {
    return ImmutableTurnMetric.builder();
  }
}
