package dev.convai.adapter.http;

import static dev.convai.adapter.http.TestServer.Reply.closeConnection;
import static dev.convai.adapter.http.TestServer.Reply.json;
import static dev.convai.adapter.http.TestServer.Reply.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.MalformedResponseException;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Real payloads served by a local server, decoded through the adapter, after retries too. */
class SuccessWireTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TAMIL = "gro-dashboard-webhook-data-tamil-tool-calls.json";
  private static final ConversationId TAMIL_ID = ConversationId.of("conv_01jwzz3ygceg7v0te0rewn2nzj");

  private static Vertx clientVertx;
  private TestServer server;
  private HttpConversationAnalysisAdapter adapter;

  @BeforeAll
  static void startVertx() {
    clientVertx = Vertx.vertx();
  }

  @AfterAll
  static void stopVertx() throws Exception {
    clientVertx.close().await(10, TimeUnit.SECONDS);
  }

  @BeforeEach
  void start() {
    server = TestServer.start();
    adapter =
        HttpConversationAnalysisAdapter.builder()
            .apiKey("sk_test_success")
            .baseUrl(server.baseUrl())
            .vertx(clientVertx)
            .requestTimeout(Duration.ofSeconds(5))
            .backoff(Duration.ofMillis(1), Duration.ofMillis(4))
            .build();
  }

  @AfterEach
  void stop() {
    adapter.close();
    server.close();
  }

  @ParameterizedTest
  @FieldSource("dev.convai.adapter.http.Fixtures#REAL_CONVERSATIONS")
  void realPayloadDecodesThroughTheAdapterAsTheCodecDecodesIt(String fixture) throws IOException {
    byte[] body = Fixtures.real(fixture);
    ConversationId id = ConversationId.of(JSON.readTree(body).get("conversation_id").asText());
    server.reply(json(200, body));

    Conversation conversation = Outcomes.success(adapter.runAnalysis(id));

    assertEquals(id, conversation.conversationId());
    assertEquals(ConversationJson.decode(body), conversation);
    assertEquals(1, server.requestCount());
  }

  @Test
  void nonAsciiTextArrivesIntact() {
    byte[] body = Fixtures.real(TAMIL);
    server.reply(json(200, body));

    Conversation conversation = Outcomes.success(adapter.runAnalysis(TAMIL_ID));

    String all = ConversationJson.encode(conversation);
    assertTrue(all.chars().anyMatch(c -> c >= 0x0B80 && c <= 0x0BFF), "Tamil script survives the wire");
    assertEquals(ConversationJson.decode(new String(body, StandardCharsets.UTF_8)), conversation);
  }

  @Test
  void rateLimitedWithRetryAfterThenSuccess() {
    server.reply(status(429, Map.of("Retry-After", "0"), "{\"detail\":\"slow down\"}"), json(200, Fixtures.real(TAMIL)));

    Conversation conversation = Outcomes.success(adapter.runAnalysis(TAMIL_ID));

    assertEquals(TAMIL_ID, conversation.conversationId());
    assertEquals(2, server.requestCount());
  }

  @Test
  void serverErrorsThenSuccessWithinTheRetries() {
    server.reply(status(503), status(502), json(200, Fixtures.real(TAMIL)));

    assertEquals(TAMIL_ID, Outcomes.success(adapter.runAnalysis(TAMIL_ID)).conversationId());
    assertEquals(3, server.requestCount());
  }

  @Test
  void connectionClosedThenSuccess() {
    server.reply(closeConnection(), json(200, Fixtures.real(TAMIL)));

    assertEquals(TAMIL_ID, Outcomes.success(adapter.runAnalysis(TAMIL_ID)).conversationId());
    assertEquals(2, server.requestCount());
  }

  @Test
  void missingConversationIdFallsBackToTheRequestedOne() throws IOException {
    ObjectNode body = (ObjectNode) JSON.readTree(Fixtures.real(TAMIL));
    body.remove("conversation_id");
    server.reply(json(200, JSON.writeValueAsBytes(body)));
    ConversationId asked = ConversationId.of("conv_asked");

    assertEquals(asked, Outcomes.success(adapter.runAnalysis(asked)).conversationId());
  }

  @Test
  void bodyForAnotherConversationIsMalformed() {
    server.reply(json(200, Fixtures.real(TAMIL)));

    MalformedResponseException e =
        Outcomes.failure(adapter.runAnalysis(ConversationId.of("conv_other")), MalformedResponseException.class);

    assertEquals(
        "Response for conversation conv_other could not be decoded: the body is for conversation "
            + TAMIL_ID
            + " (HTTP 200, 1 attempt)",
        e.getMessage());
  }

  @Test
  void wrongShapeIsMalformedWithTheJsonPath() {
    server.reply(status(200, "{\"conversation_id\":\"conv_1\",\"agent_id\":\"a\",\"status\":\"done\",\"transcript\":{\"not\":\"a list\"}}"));

    MalformedResponseException e =
        Outcomes.failure(adapter.runAnalysis(ConversationId.of("conv_1")), MalformedResponseException.class);

    assertTrue(e.jsonPath().orElseThrow().startsWith("$.transcript"), e.jsonPath().toString());
    assertEquals(OptionalInt.of(200), e.status());
    assertEquals(ConversationId.of("conv_1"), e.conversationId().orElseThrow());
    assertEquals(1, e.attempts());
    assertTrue(e.bodyExcerpt().orElseThrow().contains("not"), "excerpt of the body");
  }

  @Test
  void truncatedBodyIsMalformed() {
    byte[] full = Fixtures.real(TAMIL);
    byte[] cut = java.util.Arrays.copyOf(full, full.length / 2);
    server.reply(json(200, cut));

    MalformedResponseException e = Outcomes.failure(adapter.runAnalysis(TAMIL_ID), MalformedResponseException.class);

    assertEquals(1, e.attempts());
    assertEquals(1, server.requestCount(), "a malformed success is not retried");
  }

  @Test
  void largeGeneratedConversationDecodes() throws IOException {
    ObjectNode body = (ObjectNode) JSON.readTree(Fixtures.real(TAMIL));
    com.fasterxml.jackson.databind.node.ArrayNode transcript = (com.fasterxml.jackson.databind.node.ArrayNode) body.get("transcript");
    List<com.fasterxml.jackson.databind.JsonNode> turns = new java.util.ArrayList<>();
    transcript.forEach(turns::add);
    for (int i = 0; transcript.size() < 3000; i++) {
      transcript.add(turns.get(i % turns.size()).deepCopy());
    }
    byte[] bytes = JSON.writeValueAsBytes(body);
    assertTrue(bytes.length > 1_000_000, "a body well past one read buffer: " + bytes.length);
    server.reply(json(200, bytes));

    Conversation conversation = Outcomes.success(adapter.runAnalysis(TAMIL_ID));

    assertEquals(3000, conversation.transcript().size());
    assertEquals(ConversationJson.decode(bytes), conversation);
  }

  @Test
  void bodyOfExactlyTheLimitIsReadAndOneByteMoreIsNot() {
    byte[] body = Fixtures.real(TAMIL);
    server.reply(json(200, body), json(200, body));
    try (HttpConversationAnalysisAdapter exact = limited(body.length);
        HttpConversationAnalysisAdapter under = limited(body.length - 1)) {
      assertEquals(TAMIL_ID, Outcomes.success(exact.runAnalysis(TAMIL_ID)).conversationId());
      MalformedResponseException e = Outcomes.failure(under.runAnalysis(TAMIL_ID), MalformedResponseException.class);
      assertEquals(
          "Response for conversation " + TAMIL_ID + " is larger than " + (body.length - 1) + " bytes (1 attempt)",
          e.getMessage());
    }
  }

  @Test
  void gzippedBodyIsInflatedAndTheLimitAppliesToTheInflatedSize() {
    byte[] body = Fixtures.real(TAMIL);
    server.reply(TestServer.Reply.gzippedJson(200, body), TestServer.Reply.gzippedJson(200, body));
    // The gzipped Tamil payload is far below a third of its size; a limit between the two sizes
    // passes the compressed bytes but not the inflated ones, as a zip bomb must not.
    try (HttpConversationAnalysisAdapter roomy = limited(body.length);
        HttpConversationAnalysisAdapter tight = limited(body.length / 3)) {
      assertEquals(ConversationJson.decode(body), Outcomes.success(roomy.runAnalysis(TAMIL_ID)));
      Outcomes.failure(tight.runAnalysis(TAMIL_ID), MalformedResponseException.class);
    }
    assertTrue(server.requests().get(0).header("accept-encoding").contains("gzip"));
  }

  private HttpConversationAnalysisAdapter limited(int maxBytes) {
    return HttpConversationAnalysisAdapter.builder()
        .apiKey("k")
        .baseUrl(server.baseUrl())
        .vertx(clientVertx)
        .maxResponseBytes(maxBytes)
        .build();
  }
}
