package dev.convai.analysis;

import dev.convai.json.Extensible;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The JSON-schema property that describes a data-collection item.
 *
 * <p>Wire schema {@code LiteralJsonSchemaProperty}.
 */
@Value.Immutable
public interface DataCollectionSchema extends Extensible {

  /** Type. Wire name {@code type}. */
  SchemaValueType type();

  /**
   * The description of the property. When set, the LLM will provide the value based on this
   * description. Mutually exclusive with dynamic_variable, is_system_provided, constant_value, and
   * is_omitted. Wire name {@code description}; {@code ""} when absent.
   */
  @Value.Default
  default String description() {
    return "";
  }

  /**
   * List of allowed string values for string type parameters. Wire name {@code enum}; empty when
   * absent or {@code null}.
   */
  List<String> enumValues();

  /**
   * If true, the value will be populated by the system at runtime. Used by API Integration Webhook
   * tools for templating. Mutually exclusive with description, dynamic_variable, constant_value,
   * and is_omitted. Wire name {@code is_system_provided}; {@code false} when absent.
   */
  @Value.Default
  default boolean isSystemProvided() {
    return false;
  }

  /**
   * The name of the dynamic variable to use for this property's value. Mutually exclusive with
   * description, is_system_provided, constant_value, and is_omitted. Wire name {@code
   * dynamic_variable}; {@code ""} when absent.
   */
  @Value.Default
  default String dynamicVariable() {
    return "";
  }

  /**
   * A constant value to use for this property. Mutually exclusive with description,
   * dynamic_variable, is_system_provided, and is_omitted. Wire name {@code constant_value}; {@code
   * ""} when absent.
   */
  @Value.Default
  default JsonValue constantValue() {
    return JsonValue.of("");
  }

  /**
   * If true, this parameter will be completely omitted from the request. Only valid for optional
   * parameters. Mutually exclusive with description, dynamic_variable, is_system_provided, and
   * constant_value. Wire name {@code is_omitted}; {@code false} when absent.
   */
  @Value.Default
  default boolean isOmitted() {
    return false;
  }

  /**
   * When set, the LLM provides the value but the runtime rejects any value not present in the list
   * held by this dynamic variable. Use to let the LLM pick from a server-verified set (e.g. the IDs
   * the current user is allowed to access). Requires description; mutually exclusive with
   * dynamic_variable, is_system_provided, constant_value, and is_omitted. Sent by the live API,
   * absent from the documented spec. Wire name {@code allowed_values_dynamic_variable}; empty when
   * absent or {@code null}.
   */
  Optional<String> allowedValuesDynamicVariable();

  /** A builder for this type. */
  static ImmutableDataCollectionSchema.Builder builder() {
    return ImmutableDataCollectionSchema.builder();
  }
}
