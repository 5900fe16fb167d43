package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.convai.analysis.Analysis;
import dev.convai.analysis.CriterionResult;
import dev.convai.channel.PhoneCall;
import dev.convai.channel.TwilioPhoneCall;
import dev.convai.conversation.AuthorizationMethod;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationStatus;
import dev.convai.initiation.InitiationSource;
import dev.convai.json.JsonValue;
import dev.convai.transcript.SystemToolResult;
import dev.convai.transcript.ToolResult;
import dev.convai.transcript.TranscriptEntry;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ConversationJsonRealFixturesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SpecNormaliser NORMALISER = SpecNormaliser.fromSpec();

  @ParameterizedTest
  @FieldSource("dev.convai.adapter.http.Fixtures#REAL_CONVERSATIONS")
  void encodingADecodedRealPayloadGivesThePayloadBackModuloNormalisation(String fixture)
      throws IOException {
    byte[] payload = Fixtures.real(fixture);

    Conversation conversation = ConversationJson.decode(payload);
    String encoded = ConversationJson.encode(conversation);

    assertEquals(
        NORMALISER.normalise(JSON.readTree(payload)),
        NORMALISER.normalise(JSON.readTree(encoded)));
    assertEquals(conversation, ConversationJson.decode(encoded));
  }

  @Test
  void aWebhookPayloadWithoutAudioFlagsAndWithTheOlderMetricsShapeDecodes() {
    Conversation conversation =
        ConversationJson.decode(Fixtures.real("docs-post-call-webhook-transcription-data.json"));

    assertEquals("abc", conversation.conversationId().value());
    assertEquals(ConversationStatus.DONE, conversation.status());
    assertTrue(conversation.hasAudio().isEmpty(), "has_audio is absent, not false");
    assertEquals(AuthorizationMethod.AUTHORIZATION_HEADER, conversation.metadata().authorizationMethod());
    TranscriptEntry third = conversation.transcript().get(2);
    assertTrue(third.toolCalls().isEmpty(), "null tool_calls read as empty");
    assertEquals(
        0.3704247010173276,
        third.conversationTurnMetrics().orElseThrow().metrics().get("convai_llm_service_ttfb").elapsedTime());
    assertEquals(
        JsonValue.of("angelo"),
        conversation.conversationInitiationClientData().orElseThrow().dynamicVariables().get("user_name"));
  }

  @Test
  void aRealCallWithASystemToolAndTamilTextDecodes() {
    Conversation conversation =
        ConversationJson.decode(Fixtures.real("gro-dashboard-webhook-data-tamil-tool-calls.json"));

    PhoneCall call = conversation.metadata().phoneCall().orElseThrow();
    assertEquals(PhoneCall.Kind.TWILIO, call.kind());
    assertEquals("+15555550100", ((TwilioPhoneCall) call).agentNumber());
    ToolResult result = conversation.transcript().get(5).toolResults().get(0);
    assertEquals(ToolResult.Kind.SYSTEM, result.kind());
    assertEquals("language_detection", ((SystemToolResult) result).toolName());
    assertEquals(
        JsonValue.of(158),
        conversation
            .conversationInitiationClientData()
            .orElseThrow()
            .dynamicVariables()
            .get("system__call_duration_secs"));
    assertTrue(
        conversation.transcript().stream()
            .flatMap(entry -> entry.message().stream())
            .anyMatch(text -> text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.TAMIL)),
        "Tamil text survives decoding");
  }

  @Test
  void theSimulationExampleAnalysisDecodesEvenWhereARationaleIsMissing() throws IOException {
    JsonNode example = JSON.readTree(Fixtures.real("docs-simulate-conversation-example-analysis.json"));

    Analysis analysis = ConversationJson.decodeAnalysis(example.get("analysis").toString());

    assertEquals(3, analysis.criteria().size());
    assertTrue(analysis.criteria().stream().allMatch(CriterionResult::passed));
    assertFalse(analysis.dataCollections().isEmpty());
    assertTrue(analysis.dataCollections().stream().anyMatch(result -> result.rationale().isEmpty()),
        "the entry without a rationale reads with the empty fallback");
    assertEquals(analysis, ConversationJson.decodeAnalysis(ConversationJson.encodeAnalysis(analysis)));
  }

  @Test
  void oddValuesOfOpenVocabulariesAreKeptAsKnownOrUnknownMembers() {
    Conversation conversation =
        ConversationJson.decode(Fixtures.real("elevenlabs-js-wire-analysis-run-response.json"));

    assertEquals(AuthorizationMethod.INVALID, conversation.metadata().authorizationMethod());
    assertEquals(InitiationSource.UNKNOWN, conversation.metadata().conversationInitiationSource());
    assertFalse(conversation.transcript().isEmpty());
  }
}
