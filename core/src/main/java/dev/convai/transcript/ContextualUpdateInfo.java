package dev.convai.transcript;

import dev.convai.json.Extensible;
import org.immutables.value.Value;

/**
 * Marks a turn as a contextual update sent by the client.
 *
 * <p>Wire schema {@code ContextualUpdateInfo}.
 */
@Value.Immutable
public interface ContextualUpdateInfo extends Extensible {

  /**
   * Client-supplied identifier grouping related contextual updates. Wire name {@code context_id}.
   */
  String contextId();

  /**
   * True when this contextual update has been replaced by a newer update with the same context_id.
   * Wire name {@code is_superseded}; {@code false} when absent.
   */
  @Value.Default
  default boolean isSuperseded() {
    return false;
  }

  /** A builder for this type. */
  static ImmutableContextualUpdateInfo.Builder builder() {
    return ImmutableContextualUpdateInfo.builder();
  }
}
