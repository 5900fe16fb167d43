package dev.convai.transcript;

import dev.convai.json.JsonValue;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A system-tool outcome of a kind this library does not know, kept as received.
 *
 * <p>Decoding never fails on a new kind: the {@code result_type} value and every member arrive here
 * unchanged, and encoding writes them back as they were.
 */
@Value.Immutable
public non-sealed interface UnknownSystemToolOutcome extends SystemToolOutcome {

  /** The {@code result_type} value as received; empty when the payload had none. */
  Optional<String> resultType();

  /**
   * Every member of the object as received, {@code result_type} included. Decoding puts them all
   * here, so {@link #unknownMembers()} stays empty; encoding writes both.
   */
  Map<String, JsonValue> properties();

  @Override
  default SystemToolOutcome.Kind kind() {
    return SystemToolOutcome.Kind.UNKNOWN;
  }

  @Override
  default <R> R accept(SystemToolOutcome.Visitor<R> visitor) {
    return visitor.visitUnknownSystemToolOutcome(this);
  }

  /** A builder for this type. */
  static ImmutableUnknownSystemToolOutcome.Builder builder() {
    return ImmutableUnknownSystemToolOutcome.builder();
  }
}
