package dev.convai.transcript;

import dev.convai.json.JsonValue;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Tool-call details of a kind this library does not know, kept as received.
 *
 * <p>Decoding never fails on a new kind: the {@code type} value and every member arrive here
 * unchanged, and encoding writes them back as they were.
 */
@Value.Immutable
public non-sealed interface UnknownToolDetails extends ToolDetails {

  /** The {@code type} value as received; empty when the payload had none. */
  Optional<String> type();

  /**
   * Every member of the object as received, {@code type} included. Decoding puts them all
   * here, so {@link #unknownMembers()} stays empty; encoding writes both.
   */
  Map<String, JsonValue> properties();

  @Override
  default ToolDetails.Kind kind() {
    return ToolDetails.Kind.UNKNOWN;
  }

  @Override
  default <R> R accept(ToolDetails.Visitor<R> visitor) {
    return visitor.visitUnknownToolDetails(this);
  }

  /** A builder for this type. */
  static ImmutableUnknownToolDetails.Builder builder() {
    return ImmutableUnknownToolDetails.builder();
  }
}
