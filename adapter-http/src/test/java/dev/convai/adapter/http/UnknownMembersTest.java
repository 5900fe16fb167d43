package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.convai.conversation.Conversation;
import dev.convai.json.JsonValue;
import dev.convai.transcript.EndCallOutcome;
import dev.convai.transcript.SystemToolResult;
import dev.convai.transcript.TranscriptEntry;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Members no schema names: kept where they arrive, in arrival order, and written back where they
 * were; and free when there are none.
 */
class UnknownMembersTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A payload with members no schema names at the root, in a map value, an array item and a variant. */
  private static String evolvedPayload() {
    return "{\"conversation_id\":\"conv_1\",\"zeta\":1,\"status\":\"done\",\"alpha\":{\"n\":[1,2.50]},"
        + "\"mid\":null,"
        + "\"analysis\":{\"call_successful\":\"success\",\"transcript_summary\":\"s\","
        + "\"evaluation_criteria_results\":{\"polite\":{\"criteria_id\":\"polite\",\"result\":\"success\","
        + "\"rationale\":\"r\",\"weight\":0.5}}},"
        + "\"transcript\":[{\"role\":\"agent\",\"time_in_call_secs\":1,\"tone\":\"warm\","
        + "\"tool_results\":[{\"type\":\"system\",\"request_id\":\"q\",\"tool_name\":\"end_call\","
        + "\"result_value\":\"\",\"is_error\":false,\"tool_has_been_called\":true,"
        + "\"result\":{\"result_type\":\"end_call_success\",\"reason\":\"bye\",\"farewell\":false}}]}]}";
  }

  @Test
  void membersNoSchemaNamesAreKeptInArrivalOrderWhereTheyArrive() {
    Conversation conversation = ConversationJson.decode(evolvedPayload());

    assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(conversation.unknownMembers().keySet()));
    assertEquals(JsonValue.of(1), conversation.unknownMembers().get("zeta"));
    assertEquals(JsonValue.nullValue(), conversation.unknownMembers().get("mid"));
    assertEquals(
        JsonValue.object(Map.of("n", JsonValue.array(List.of(JsonValue.of(1), JsonValue.of(new BigDecimal("2.50")))))),
        conversation.unknownMembers().get("alpha"));
    assertEquals(
        Map.of("weight", JsonValue.of(new BigDecimal("0.5"))),
        conversation.analysis().orElseThrow().criterion("polite").orElseThrow().unknownMembers());
    TranscriptEntry turn = conversation.transcript().get(0);
    assertEquals(Map.of("tone", JsonValue.of("warm")), turn.unknownMembers());
    EndCallOutcome outcome =
        (EndCallOutcome) ((SystemToolResult) turn.toolResults().get(0)).result().orElseThrow();
    assertEquals("bye", outcome.reason().orElseThrow());
    assertEquals(Map.of("farewell", JsonValue.of(false)), outcome.unknownMembers());
  }

  @Test
  void encodingWritesThemBackWhereTheyWere() throws Exception {
    String text = ConversationJson.encode(ConversationJson.decode(evolvedPayload()));
    JsonNode encoded = JSON.readTree(text);

    assertEquals(1, encoded.get("zeta").intValue());
    assertTrue(text.contains("\"alpha\":{\"n\":[1,2.50]}"), text); // exactly as sent
    assertTrue(encoded.get("mid").isNull(), "a null member is a member");
    assertEquals(0.5, encoded.at("/analysis/evaluation_criteria_results/polite/weight").doubleValue());
    assertEquals("warm", encoded.at("/transcript/0/tone").textValue());
    assertTrue(encoded.at("/transcript/0/tool_results/0/result/farewell").isBoolean());
    assertEquals("end_call_success", encoded.at("/transcript/0/tool_results/0/result/result_type").textValue());
  }

  @Test
  void aBuilderCanAddThemAndEncodingWritesThem() throws Exception {
    Conversation base = ConversationJson.decode("{\"conversation_id\":\"conv_1\"}");
    Conversation extended =
        Conversation.builder().from(base).putUnknownMember("added_by_caller", JsonValue.of("x")).build();

    JsonNode encoded = JSON.readTree(ConversationJson.encode(extended));

    assertEquals("x", encoded.get("added_by_caller").textValue());
    assertEquals(extended, ConversationJson.decode(encoded.toString()));
  }

  @Test
  void withoutUnknownMembersNoMapIsMade() {
    Conversation conversation =
        ConversationJson.decode(
            "{\"conversation_id\":\"conv_1\",\"metadata\":{\"start_time_unix_secs\":1},"
                + "\"transcript\":[{\"role\":\"user\",\"time_in_call_secs\":0}]}");

    // The shared empty map, not an empty copy per object.
    assertSame(Collections.emptyMap(), conversation.unknownMembers());
    assertSame(Collections.emptyMap(), conversation.metadata().unknownMembers());
    assertSame(Collections.emptyMap(), conversation.transcript().get(0).unknownMembers());
  }
}
