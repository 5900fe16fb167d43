package dev.convai.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A JSON value, held exactly as it arrived: the home of every "any type" property of the API
 * (data-collection values, dynamic variables, constant values, {@code custom_llm_extra_body},
 * OpenTelemetry traces).
 *
 * <p>Numbers keep their decimal text, so integers beyond 2<sup>53</sup> and long decimals are not
 * rounded, and {@code 1} stays distinct from {@code 1.0}. Objects keep their key order.
 *
 * <p>Java 17 has no pattern {@code switch}: use {@link #kind()} or {@link #accept(Visitor)}.
 */
public sealed interface JsonValue
    permits JsonValue.JsonNull,
        JsonValue.JsonBoolean,
        JsonValue.JsonNumber,
        JsonValue.JsonString,
        JsonValue.JsonArray,
        JsonValue.JsonObject {

  /** The JSON type of a value. JSON itself cannot grow, so this is a closed enum. */
  enum Kind {
    NULL,
    BOOLEAN,
    NUMBER,
    STRING,
    ARRAY,
    OBJECT
  }

  /** Visits the six JSON types. */
  interface Visitor<R> {
    R visitNull();

    R visitBoolean(boolean value);

    R visitNumber(JsonNumber number);

    R visitString(String value);

    R visitArray(List<JsonValue> elements);

    R visitObject(Map<String, JsonValue> members);
  }

  /** The JSON type of this value. */
  Kind kind();

  /** Calls the visitor method for this value's type. */
  <R> R accept(Visitor<R> visitor);

  /** JSON {@code null}. */
  static JsonValue nullValue() {
    return JsonNull.INSTANCE;
  }

  /** A JSON boolean. */
  static JsonValue of(boolean value) {
    return value ? JsonBoolean.TRUE : JsonBoolean.FALSE;
  }

  /** A JSON string. */
  static JsonValue of(String value) {
    return new JsonString(value);
  }

  /** A JSON integer. */
  static JsonValue of(long value) {
    return new JsonNumber(BigDecimal.valueOf(value));
  }

  /** A JSON number from its exact decimal value. */
  static JsonValue of(BigDecimal value) {
    return new JsonNumber(value);
  }

  /** A JSON number from a double; refuses {@code NaN} and infinities, which JSON cannot carry. */
  static JsonValue of(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("JSON has no representation for " + value);
    }
    return new JsonNumber(BigDecimal.valueOf(value));
  }

  /** A JSON array. */
  static JsonValue array(List<? extends JsonValue> elements) {
    return new JsonArray(List.copyOf(elements));
  }

  /** A JSON object; iteration follows the given map's order. */
  static JsonValue object(Map<String, ? extends JsonValue> members) {
    return new JsonObject(new LinkedHashMap<>(members));
  }

  /** The text if this is a string. */
  default Optional<String> asString() {
    return Optional.empty();
  }

  /** The value if this is a boolean. */
  default Optional<Boolean> asBoolean() {
    return Optional.empty();
  }

  /** The value if this is a number that is an integer within the range of {@code long}. */
  default OptionalLong asLong() {
    return OptionalLong.empty();
  }

  /** The nearest double if this is a number. */
  default OptionalDouble asDouble() {
    return OptionalDouble.empty();
  }

  /** The exact value if this is a number. */
  default Optional<BigDecimal> asDecimal() {
    return Optional.empty();
  }

  /** {@code true} for JSON {@code null}. */
  default boolean isNull() {
    return false;
  }

  /** JSON {@code null}. */
  record JsonNull() implements JsonValue {
    static final JsonNull INSTANCE = new JsonNull();

    @Override
    public Kind kind() {
      return Kind.NULL;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNull();
    }

    @Override
    public boolean isNull() {
      return true;
    }

    @Override
    public String toString() {
      return "null";
    }
  }

  /** A JSON boolean. */
  record JsonBoolean(boolean value) implements JsonValue {
    static final JsonBoolean TRUE = new JsonBoolean(true);
    static final JsonBoolean FALSE = new JsonBoolean(false);

    @Override
    public Kind kind() {
      return Kind.BOOLEAN;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitBoolean(value);
    }

    @Override
    public Optional<Boolean> asBoolean() {
      return Optional.of(value);
    }

    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /**
   * A JSON number, exact. Two numbers are equal when their decimal values and scales are, so
   * {@code 1} and {@code 1.0} differ: the API's integer and number types stay apart.
   */
  record JsonNumber(BigDecimal value) implements JsonValue {
    public JsonNumber {
      Objects.requireNonNull(value, "value");
    }

    /** {@code true} when the number was written without a fraction or exponent below zero. */
    public boolean isIntegral() {
      return value.scale() <= 0;
    }

    @Override
    public Kind kind() {
      return Kind.NUMBER;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNumber(this);
    }

    @Override
    public OptionalLong asLong() {
      try {
        return OptionalLong.of(value.longValueExact());
      } catch (ArithmeticException notALong) {
        return OptionalLong.empty();
      }
    }

    /** The exact integer value, if this number has no fraction. */
    public Optional<BigInteger> asBigInteger() {
      try {
        return Optional.of(value.toBigIntegerExact());
      } catch (ArithmeticException notAnInteger) {
        return Optional.empty();
      }
    }

    @Override
    public OptionalDouble asDouble() {
      return OptionalDouble.of(value.doubleValue());
    }

    @Override
    public Optional<BigDecimal> asDecimal() {
      return Optional.of(value);
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** A JSON string. */
  record JsonString(String value) implements JsonValue {
    public JsonString {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Kind kind() {
      return Kind.STRING;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitString(value);
    }

    @Override
    public Optional<String> asString() {
      return Optional.of(value);
    }

    @Override
    public String toString() {
      return '"' + value + '"';
    }
  }

  /** A JSON array. */
  record JsonArray(List<JsonValue> elements) implements JsonValue {
    public JsonArray {
      elements = List.copyOf(elements);
    }

    @Override
    public Kind kind() {
      return Kind.ARRAY;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitArray(elements);
    }

    @Override
    public String toString() {
      return elements.toString();
    }
  }

  /** A JSON object whose members keep the order in which they arrived. */
  record JsonObject(Map<String, JsonValue> members) implements JsonValue {
    public JsonObject {
      Map<String, JsonValue> copy = new LinkedHashMap<>();
      members.forEach(
          (name, value) ->
              copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name)));
      members = Collections.unmodifiableMap(copy);
    }

    /** The member of that name, if present. */
    public Optional<JsonValue> get(String name) {
      return Optional.ofNullable(members.get(name));
    }

    @Override
    public Kind kind() {
      return Kind.OBJECT;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitObject(members);
    }

    @Override
    public String toString() {
      return members.toString();
    }
  }
}
