package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.Conversation;
import dev.convai.json.JsonValue;
import dev.convai.port.FailureDetails;
import dev.convai.port.MalformedResponseException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken bodies at the codec: each ends as a conversation or as a {@link
 * MalformedResponseException} with a JSON path, never as another exception or an error.
 */
class ConversationJsonBadInputTest {

  private static final String TAMIL = "gro-dashboard-webhook-data-tamil-tool-calls.json";

  /** More levels than any thread stack survives in a recursive reader. */
  private static final int VERY_DEEP = 100_000;

  static final List<String> NOT_JSON =
      List.of(
          "{",
          "}",
          "{\"conversation_id\":}",
          "{\"conversation_id\" \"c\"}",
          "{\"conversation_id\":\"c\",}",
          "{\"conversation_id\":\"c\"",
          "{'conversation_id':'c'}",
          "{conversation_id:\"c\"}",
          "{\"conversation_id\":\"c\"} trailing",
          "{\"conversation_id\":\"c\"}{}",
          "{\"conversation_id\":\"c\"}]",
          "{\"conversation_id\":\"c\" /* comment */}",
          "{\"conversation_id\":\"c\", \"transcript\": [,]}",
          "{\"conversation_id\":\"c\", \"transcript\": [{\"role\":\"agent\"}}",
          "{\"conversation_id\":\"c\\x\"}",
          "{\"conversation_id\":\"line\nbreak\"}",
          "{\"conversation_id\":\"c\", \"metadata\": {\"cost\": 01}}",
          "{\"conversation_id\":\"c\", \"metadata\": {\"cost\": +1}}",
          "{\"conversation_id\":\"c\", \"metadata\": {\"cost\": 1.}}",
          "{\"conversation_id\":\"c\", \"has_audio\": True}",
          "{\"conversation_id\":\"c\", \"user_id\": undefined}",
          "<html><body>502 Bad Gateway</body></html>",
          "conversation_id=c");

  @ParameterizedTest
  @FieldSource("NOT_JSON")
  void textThatIsNotJsonIsRefusedWithAPath(String text) {
    DecodeOutcome.of(bytes(text), text).refusedAt(text);
  }

  @ParameterizedTest
  @FieldSource("dev.convai.adapter.http.Fixtures#REAL_CONVERSATIONS")
  void everyTruncationOfARealPayloadIsRefusedWithAPath(String fixture) {
    byte[] whole = Fixtures.real(fixture);
    int end = lastNonWhitespace(whole);
    // Every cut of the small payloads; every 7th of the large one keeps the run short, and 7 is
    // prime to the 2-, 3- and 4-byte UTF-8 sequences, so cuts still land at every position
    // inside the multi-byte characters of the Tamil text.
    int step = end <= 8_192 ? 1 : 7;
    for (int length = 0; length < end; length += step) {
      byte[] cut = Arrays.copyOf(whole, length);
      String description = fixture + " cut to " + length + " bytes";
      DecodeOutcome outcome = DecodeOutcome.of(cut, description);
      outcome.refusedAt(description);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t \r\n", "\uFEFF"})
  void emptyInputIsRefusedAtTheRoot(String text) {
    assertEquals("$", DecodeOutcome.of(bytes(text), "empty: [" + text + "]").refusedAt("empty"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", " null ", "[]", "[{\"conversation_id\":\"c\"}]", "\"c\"", "1", "true"})
  void aTopLevelValueThatIsNotAnObjectIsRefusedAtTheRoot(String text) {
    assertEquals("$", DecodeOutcome.of(bytes(text), text).refusedAt(text));
  }

  @Test
  void aStringOfAMillionCharactersDecodesIntact() {
    String message = "é".repeat(1_000_000);
    String json = "{\"conversation_id\":\"c\",\"transcript\":[{\"role\":\"user\",\"message\":\"" + message + "\"}]}";

    Conversation conversation = DecodeOutcome.of(bytes(json), "1M string").decoded("1M string");

    assertEquals(message, conversation.transcript().get(0).message().orElseThrow());
  }

  @Test
  void aStringBeyondTheParsersLimitIsRefusedWithItsPath() {
    // Jackson's default ceiling is 20,000,000 characters; one more must fail cleanly.
    String json =
        "{\"conversation_id\":\"c\",\"transcript\":[{\"role\":\"user\",\"message\":\""
            + "a".repeat(20_000_001)
            + "\"}]}";

    MalformedResponseException failure = DecodeOutcome.of(bytes(json), "20M string").refused("20M string");

    assertEquals("$.transcript[0].message", failure.jsonPath().orElseThrow());
    assertTrue(
        failure.details().bodyExcerpt().orElseThrow().length() <= FailureDetails.MAX_EXCERPT + 1,
        "the excerpt stays bounded");
  }

  static final List<String> DEEP_SLOTS =
      List.of(
          "{\"conversation_id\":\"c\",\"conversation_initiation_client_data\":{\"dynamic_variables\":{\"v\":%s}}}",
          "{\"conversation_id\":\"c\",\"conversation_initiation_client_data\":{\"custom_llm_extra_body\":{\"v\":%s}}}",
          "{\"conversation_id\":\"c\",\"analysis\":{\"data_collection_results\":{\"d\":{\"data_collection_id\":\"d\",\"value\":%s}}}}",
          "{\"conversation_id\":\"c\",\"otlp_traces\":{\"v\":%s}}",
          "{\"conversation_id\":\"c\",\"transcript\":[{\"role\":\"agent\",\"reasoning\":[{\"x_later\":%s}]}]}",
          "{\"conversation_id\":\"c\",\"not_in_the_spec\":%s}");

  @ParameterizedTest
  @FieldSource("DEEP_SLOTS")
  void anyTypeValuesNestedAHundredThousandDeepAreRefusedWithoutOverflowingTheStack(String slot) {
    for (String deep : List.of(nestedArrays(VERY_DEEP), nestedObjects(VERY_DEEP))) {
      String description = "100,000 levels in " + slot;
      String path = DecodeOutcome.of(bytes(String.format(slot, deep)), description).refusedAt(description);
      assertTrue(path.startsWith("$."), description + ": path " + path);
    }
  }

  @ParameterizedTest
  @FieldSource("DEEP_SLOTS")
  void anyTypeValuesNestedAHundredDeepDecodeExactly(String slot) {
    String description = "100 levels in " + slot;
    DecodeOutcome.of(bytes(String.format(slot, nestedArrays(100))), description).decoded(description);
  }

  @Test
  void aDeeplyNestedDynamicVariableKeepsItsDepth() {
    String json = String.format(DEEP_SLOTS.get(0), nestedArrays(100));

    JsonValue value =
        DecodeOutcome.of(bytes(json), "100 levels").decoded("100 levels")
            .conversationInitiationClientData().orElseThrow().dynamicVariables().get("v");

    int depth = 0;
    while (value.kind() == JsonValue.Kind.ARRAY && !((JsonValue.JsonArray) value).elements().isEmpty()) {
      value = ((JsonValue.JsonArray) value).elements().get(0);
      depth++;
    }
    assertEquals(99, depth);
  }

  static final List<String> NON_NUMBERS =
      List.of(
          "{\"conversation_id\":\"c\",\"metadata\":{\"cost\":NaN}}",
          "{\"conversation_id\":\"c\",\"metadata\":{\"cost\":Infinity}}",
          "{\"conversation_id\":\"c\",\"metadata\":{\"cost\":-Infinity}}",
          "{\"conversation_id\":\"c\",\"analysis\":{\"call_success_score\":NaN}}",
          "{\"conversation_id\":\"c\",\"analysis\":{\"call_success_score\":-Infinity}}",
          "{\"conversation_id\":\"c\",\"conversation_initiation_client_data\":{\"dynamic_variables\":{\"v\":NaN}}}",
          "{\"conversation_id\":\"c\",\"conversation_initiation_client_data\":{\"dynamic_variables\":{\"v\":Infinity}}}",
          "{\"conversation_id\":\"c\",\"otlp_traces\":{\"v\":[1,-Infinity]}}");

  @ParameterizedTest
  @FieldSource("NON_NUMBERS")
  void nanAndInfinityTokensAreRefusedWithAPath(String json) {
    String path = DecodeOutcome.of(bytes(json), json).refusedAt(json);
    assertTrue(path.startsWith("$."), json + ": path " + path);
  }

  @Test
  void aDuplicateMemberTakesItsLastValue() {
    String json =
        "{\"conversation_id\":\"first\",\"status\":\"done\",\"conversation_id\":\"last\","
            + "\"conversation_initiation_client_data\":{\"dynamic_variables\":{\"v\":1,\"v\":2}}}";

    Conversation conversation = DecodeOutcome.of(bytes(json), "duplicates").decoded("duplicates");

    assertEquals("last", conversation.conversationId().value());
    assertEquals(
        JsonValue.of(2),
        conversation.conversationInitiationClientData().orElseThrow().dynamicVariables().get("v"));
  }

  @ParameterizedTest
  @FieldSource("dev.convai.adapter.http.Fixtures#REAL_CONVERSATIONS")
  void aUtf8ByteOrderMarkIsSkipped(String fixture) {
    byte[] plain = Fixtures.real(fixture);
    ByteArrayOutputStream withBom = new ByteArrayOutputStream();
    withBom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    withBom.writeBytes(plain);

    assertEquals(
        ConversationJson.decode(plain),
        DecodeOutcome.of(withBom.toByteArray(), fixture + " with BOM").decoded(fixture));
    assertEquals(
        ConversationJson.decode(plain),
        ConversationJson.decode("\uFEFF" + new String(plain, StandardCharsets.UTF_8)));
  }

  /** Byte sequences that are not UTF-8, each placed inside a string value and between tokens. */
  static final List<byte[]> NOT_UTF8 =
      List.of(
          new byte[] {(byte) 0x80},
          new byte[] {(byte) 0xBF, (byte) 0xBF},
          new byte[] {(byte) 0xC3, (byte) 0x28},
          new byte[] {(byte) 0xC0, (byte) 0xAF},
          new byte[] {(byte) 0xE0, (byte) 0xAE},
          new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
          new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0xFE},
          new byte[] {(byte) 0xFF});

  @ParameterizedTest
  @FieldSource("NOT_UTF8")
  void invalidUtf8IsRefusedWithAPath(byte[] invalid) {
    String description = "invalid UTF-8 " + hex(invalid);
    List<byte[]> placements =
        List.of(
            concat(bytes("{\"conversation_id\":\"c\",\"user_id\":\"a"), invalid, bytes("b\"}")),
            concat(bytes("{\"conversation_id\":\"c\",\"transcript\":[{\"message\":\""), invalid, bytes("\"}]}")),
            concat(bytes("{\"conversation_id\":\"c\",\"otlp_traces\":{\"k"), invalid, bytes("\":1}}")),
            concat(bytes("{\"conversation_id\":\"c\","), invalid, bytes("}")));
    for (byte[] json : placements) {
      DecodeOutcome.of(json, description).refusedAt(description);
    }
  }

  @Test
  void anOverlongSlashIsRefusedAtItsMember() {
    // 0xC0 0xAF is an overlong '/': a lenient reader turns it into a real slash.
    byte[] json =
        concat(
            bytes("{\"conversation_id\":\"c\",\"user_id\":\"a"),
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            bytes("b\"}"));

    assertEquals("$.user_id", DecodeOutcome.of(json, "overlong").refusedAt("overlong"));
  }

  @Test
  void anOverlongSequenceIsFoundAtEveryAlignmentOfTheBody() {
    // The check reads eight bytes at a time; the bad sequence must be found wherever it falls.
    for (int pad = 0; pad < 2 * Long.BYTES; pad++) {
      for (byte[] overlong : List.of(new byte[] {(byte) 0xC1, (byte) 0xBF}, new byte[] {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF})) {
        byte[] json =
            concat(
                bytes("{\"conversation_id\":\"c\",\"user_id\":\"" + "a".repeat(pad)),
                overlong,
                bytes("b\",\"agent_id\":\"" + "é".repeat(pad) + "\"}"));
        String description = "overlong " + hex(overlong) + " after " + pad + " bytes";
        assertEquals("$.user_id", DecodeOutcome.of(json, description).refusedAt(description), description);
      }
    }
  }

  @Test
  void aSurrogateEncodedAsUtf8IsRefused() {
    byte[] json =
        concat(
            bytes("{\"conversation_id\":\"c\",\"user_id\":\""),
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            bytes("\"}"));
    DecodeOutcome.of(json, "encoded surrogate").refusedAt("encoded surrogate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u007F", "\u0080", "\u07FF", "\u0800", "\uD7FF", "\uE000", "\uFFFD", "\uFFFF", "\uD83D\uDE00", "\uDBFF\uDFFF", "நன்றி"})
  void wellFormedUtf8AtTheEdgesOfEachSequenceLengthDecodesIntact(String text) {
    String json = "{\"conversation_id\":\"c\",\"user_id\":\"" + text + "\"}";

    Conversation conversation = DecodeOutcome.of(bytes(json), text).decoded(text);

    assertEquals(text, conversation.userId().orElseThrow());
  }

  @Test
  void nullsInsideAnyTypeValuesAreJsonNulls() {
    String json =
        "{\"conversation_id\":\"c\",\"otlp_traces\":{\"t\":null},"
            + "\"conversation_initiation_client_data\":{\"dynamic_variables\":{\"v\":null},"
            + "\"custom_llm_extra_body\":{\"b\":null}},"
            + "\"transcript\":[{\"role\":\"agent\",\"x_later\":null}]}";

    Conversation conversation = DecodeOutcome.of(bytes(json), "any-type nulls").decoded("any-type nulls");

    assertEquals(JsonValue.nullValue(), conversation.otlpTraces().get("t"));
    assertEquals(
        JsonValue.nullValue(),
        conversation.conversationInitiationClientData().orElseThrow().dynamicVariables().get("v"));
    assertEquals(
        JsonValue.nullValue(),
        conversation.conversationInitiationClientData().orElseThrow().customLlmExtraBody().get("b"));
    assertEquals(
        Map.of("x_later", JsonValue.nullValue()), conversation.transcript().get(0).unknownMembers());
  }

  static final List<List<String>> NULL_ELEMENTS =
      List.of(
          List.of("{\"conversation_id\":\"c\",\"transcript\":[{\"role\":\"agent\"},null]}", "$.transcript[1]"),
          List.of("{\"conversation_id\":\"c\",\"tag_ids\":[\"t\",null]}", "$.tag_ids[1]"),
          List.of(
              "{\"conversation_id\":\"c\",\"analysis\":{\"evaluation_criteria_results\":{\"k\":null}}}",
              "$.analysis.evaluation_criteria_results.k"));

  @ParameterizedTest
  @FieldSource("NULL_ELEMENTS")
  void aNullElementOfATypedArrayOrMapIsRefusedAtTheElement(List<String> jsonAndPath) {
    assertEquals(
        jsonAndPath.get(1),
        DecodeOutcome.of(bytes(jsonAndPath.get(0)), jsonAndPath.get(0)).refusedAt(jsonAndPath.get(0)));
  }

  @Test
  void nestingTooDeepInsideAnUnknownMemberIsRefusedInsideThatMember() {
    String json = "{\"conversation_id\":\"c\",\"not_in_the_spec\":" + nestedArrays(VERY_DEEP) + "}";

    String path = DecodeOutcome.of(bytes(json), "deep unknown").refusedAt("deep unknown");

    assertTrue(path.startsWith("$.not_in_the_spec[0][0]"), path);
  }

  @Test
  void aNullBodyLiteralNamesTheRootAndKeepsAnExcerpt() {
    MalformedResponseException failure = DecodeOutcome.of(bytes("null"), "null").refused("null");

    assertEquals("$", failure.jsonPath().orElseThrow());
    assertEquals("null", failure.details().bodyExcerpt().orElseThrow());
  }

  @Test
  void aMissingConversationIdIsRefusedAtThatMember() {
    assertEquals(
        "$.conversation_id",
        DecodeOutcome.of(bytes("{\"status\":\"done\"}"), "no id").refusedAt("no id"));
  }

  @Test
  void theTamilFixtureCutInsideAMultiByteCharacterIsRefused() {
    byte[] whole = Fixtures.real(TAMIL);
    int inside = -1;
    for (int i = 0; i < whole.length; i++) {
      if ((whole[i] & 0xC0) == 0x80) { // a continuation byte: the cut before it splits a character
        inside = i;
        break;
      }
    }
    assertTrue(inside > 0, "the fixture has multi-byte characters");
    DecodeOutcome.of(Arrays.copyOf(whole, inside), "cut mid-character").refusedAt("cut mid-character");
  }

  private static String nestedArrays(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  private static String nestedObjects(int depth) {
    return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
  }

  private static int lastNonWhitespace(byte[] bytes) {
    int end = bytes.length;
    while (end > 0 && Character.isWhitespace(bytes[end - 1])) {
      end--;
    }
    return end;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static String hex(byte[] bytes) {
    StringBuilder hex = new StringBuilder();
    for (byte b : bytes) {
      hex.append(String.format("%02X ", b & 0xFF));
    }
    return hex.toString().trim();
  }
}
