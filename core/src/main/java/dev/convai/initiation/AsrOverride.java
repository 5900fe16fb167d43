package dev.convai.initiation;

import dev.convai.json.Extensible;
import java.util.List;
import org.immutables.value.Value;

/**
 * Speech-recognition overrides.
 *
 * <p>Wire schema {@code ASRConversationalConfigOverride}.
 */
@Value.Immutable
public interface AsrOverride extends Extensible {

  /**
   * Keywords to boost prediction probability for. Wire name {@code keywords}; empty when absent or
   * {@code null}.
   */
  List<String> keywords();

  /** A builder for this type. */
  static ImmutableAsrOverride.Builder builder() {
    return ImmutableAsrOverride.builder();
  }
}
