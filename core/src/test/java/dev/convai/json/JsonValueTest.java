package dev.convai.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValueTest {

  @Test
  void integersBeyondTwoToTheFiftyThirdStayExact() {
    BigInteger big = BigInteger.TWO.pow(53).add(BigInteger.ONE);
    JsonValue value = JsonValue.of(new BigDecimal(big));
    assertEquals(big, ((JsonValue.JsonNumber) value).asBigInteger().orElseThrow());
    assertEquals(big.longValueExact(), value.asLong().getAsLong());
  }

  @Test
  void oneAndOnePointZeroAreDifferentValues() {
    assertNotEquals(JsonValue.of(new BigDecimal("1")), JsonValue.of(new BigDecimal("1.0")));
    assertTrue(((JsonValue.JsonNumber) JsonValue.of(new BigDecimal("1"))).isIntegral());
  }

  @Test
  void aNumberOutsideLongHasNoLongButKeepsItsValue() {
    JsonValue value = JsonValue.of(new BigDecimal("1e30"));
    assertTrue(value.asLong().isEmpty());
    assertEquals(1e30, value.asDouble().getAsDouble());
  }

  @Test
  void refusesWhatJsonCannotCarry() {
    assertThrows(IllegalArgumentException.class, () -> JsonValue.of(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> JsonValue.of(Double.POSITIVE_INFINITY));
  }

  @Test
  void objectsKeepTheirOrderAndCannotBeChangedThroughTheSourceMap() {
    Map<String, JsonValue> source = new LinkedHashMap<>();
    source.put("z", JsonValue.of(1));
    source.put("a", JsonValue.of(2));
    JsonValue.JsonObject object = (JsonValue.JsonObject) JsonValue.object(source);
    source.put("b", JsonValue.of(3));
    assertEquals(List.of("z", "a"), List.copyOf(object.members().keySet()));
  }

  @Test
  void theVisitorSeesEachKind() {
    JsonValue.Visitor<String> names = new JsonValue.Visitor<>() {
      @Override public String visitNull() { return "null"; }
      @Override public String visitBoolean(boolean value) { return "boolean"; }
      @Override public String visitNumber(JsonValue.JsonNumber number) { return "number"; }
      @Override public String visitString(String value) { return "string"; }
      @Override public String visitArray(List<JsonValue> elements) { return "array"; }
      @Override public String visitObject(Map<String, JsonValue> members) { return "object"; }
    };
    List<JsonValue> values = List.of(JsonValue.nullValue(), JsonValue.of(true), JsonValue.of(1),
        JsonValue.of("x"), JsonValue.array(List.of()), JsonValue.object(Map.of()));
    for (JsonValue value : values) {
      assertEquals(value.kind().name().toLowerCase(java.util.Locale.ROOT), value.accept(names));
    }
  }
}
