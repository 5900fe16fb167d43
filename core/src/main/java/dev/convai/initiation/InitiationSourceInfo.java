package dev.convai.initiation;

import dev.convai.json.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which client started the conversation, and its version.
 *
 * <p>Wire schema {@code ConversationInitiationSourceInfo}.
 */
@Value.Immutable
public interface InitiationSourceInfo extends Extensible {

  /**
   * Source of the conversation initiation. Wire name {@code source}; empty when absent or {@code
   * null}.
   */
  Optional<InitiationSource> source();

  /** The SDK version number. Wire name {@code version}; empty when absent or {@code null}. */
  Optional<String> version();

  /** A builder for this type. */
  static ImmutableInitiationSourceInfo.Builder builder() {
    return ImmutableInitiationSourceInfo.builder();
  }
}
