package dev.convai.transcript;

import dev.convai.json.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change a tool made to a dynamic variable.
 *
 * <p>Wire schema {@code DynamicVariableUpdateCommonModel}.
 */
@Value.Immutable
public interface DynamicVariableUpdate extends Extensible {

  /** Variable name. Wire name {@code variable_name}. */
  String variableName();

  /** Old value. Wire name {@code old_value}; empty when absent or {@code null}. */
  Optional<String> oldValue();

  /** New value. Wire name {@code new_value}. */
  String newValue();

  /** Updated at. Wire name {@code updated_at}. */
  double updatedAt();

  /** Tool name. Wire name {@code tool_name}. */
  String toolName();

  /** Tool request id. Wire name {@code tool_request_id}. */
  String toolRequestId();

  /** A builder for this type. */
  static ImmutableDynamicVariableUpdate.Builder builder() {
    return ImmutableDynamicVariableUpdate.builder();
  }
}
