package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.ConversationAnalysisException;
import io.vertx.core.buffer.Buffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which request failed, or succeeded: failures carry the status line and the identifying headers
 * of the last response (and nothing sensitive); the raw-response calls give the same for a
 * success, with every attempt and its time.
 */
class ResponseIdentityWireTest {

  private static final String KEY = "sk_test_identity_0123456789";
  private static final ConversationId ID = ConversationId.of("conv_identity");

  private TestServer server;
  private HttpConversationAnalysisAdapter adapter;

  @BeforeEach
  void start() {
    server = TestServer.start();
    adapter =
        HttpConversationAnalysisAdapter.builder()
            .apiKey(KEY)
            .baseUrl(server.baseUrl())
            .requestTimeout(Duration.ofSeconds(5))
            .backoff(Duration.ofMillis(1), Duration.ofMillis(2))
            .build();
  }

  @AfterEach
  void stop() {
    adapter.close();
    server.close();
  }

  /** A response with identifying and sensitive headers side by side. */
  private static TestServer.Reply withHeaders(int status, String message, byte[] body) {
    return (request, srv) ->
        request
            .response()
            .setStatusCode(status)
            .setStatusMessage(message)
            .putHeader("Content-Type", "application/json")
            .putHeader("request-id", "req_" + status)
            .putHeader("X-Trace-Id", "trace-" + status)
            .putHeader("cf-ray", "8a1b2c3d4e5f-AMS")
            .putHeader("Set-Cookie", "session=secret-cookie")
            .putHeader("Authorization", "Bearer echoed")
            .putHeader("xi-api-key", KEY)
            .putHeader("X-Echo", "key " + KEY)
            .end(Buffer.buffer(body));
  }

  @Test
  void aFailureCarriesTheStatusLineAndTheIdentifyingHeadersOnly() {
    server.reply(withHeaders(503, "Service Unavailable", "{\"detail\":\"down\"}".getBytes()));

    ConversationAnalysisException failure = Outcomes.failure(adapter.runAnalysis(ID, AnalysisOptions.defaults().withoutRetries()));

    assertEquals(Optional.of("HTTP/1.1 503 Service Unavailable"), failure.statusLine());
    assertEquals(Map.of("request-id", "req_503", "x-trace-id", "trace-503", "cf-ray", "8a1b2c3d4e5f-AMS"), failure.details().identifyingHeaders());
    assertEquals(Optional.of("req_503"), failure.requestId());
    String all = failure.details().toString();
    assertFalse(all.contains("secret-cookie"), all);
    assertFalse(all.contains("Bearer"), all);
    assertFalse(all.contains(KEY), all);
  }

  @Test
  void aFailureWithoutAResponseHasNeither() {
    server.reply(TestServer.Reply.closeConnection());

    ConversationAnalysisException failure = Outcomes.failure(adapter.runAnalysis(ID, AnalysisOptions.defaults().withoutRetries()));

    assertEquals(Optional.empty(), failure.statusLine());
    assertEquals(Map.of(), failure.details().identifyingHeaders());
  }

  @Test
  void theRawResponseOfASuccessHasStatusHeadersAndEveryAttempt() throws Exception {
    server.reply(withHeaders(500, "Internal Server Error", "{\"detail\":\"oops\"}".getBytes()), withHeaders(200, "OK", Bodies.conversation(ID)));

    RawResponse<Conversation> raw = adapter.withRawResponse().runAnalysis(ID).get(10, TimeUnit.SECONDS);

    assertEquals(ID, raw.value().conversationId());
    assertEquals(200, raw.status());
    assertEquals("HTTP/1.1 200 OK", raw.statusLine());
    assertEquals(Optional.of("req_200"), raw.requestId());
    assertEquals(Optional.of("trace-200"), raw.header("X-Trace-Id"));
    assertEquals(List.of("application/json"), raw.headers().get("content-type"));
    for (String sensitive : List.of("set-cookie", "authorization", "xi-api-key")) {
      assertFalse(raw.headers().containsKey(sensitive), sensitive + " must never be exposed");
    }
    assertEquals(List.of("key " + Failures.REDACTED), raw.headers().get("x-echo"), "the key is redacted wherever it is echoed");
    assertEquals(2, raw.attempts().size());
    assertEquals(OptionalInt.of(500), raw.attempts().get(0).status());
    assertEquals(OptionalInt.of(200), raw.attempts().get(1).status());
    assertEquals(List.of(1, 2), raw.attempts().stream().map(RawResponse.Attempt::number).toList());
    assertTrue(raw.attempts().stream().allMatch(a -> !a.elapsed().isNegative() && !a.elapsed().isZero()));
  }

  @Test
  void theRawCallFailsAsThePlainCallDoes() {
    server.reply(withHeaders(404, "Not Found", "{\"detail\":\"none\"}".getBytes()));

    Throwable thrown = adapter.withRawResponse().runAnalysis(ID).handle((r, t) -> t).join();

    ConversationAnalysisException failure = (ConversationAnalysisException) (thrown.getCause() != null ? thrown.getCause() : thrown);
    assertEquals(Optional.of("req_404"), failure.requestId());
    assertEquals(Optional.of("HTTP/1.1 404 Not Found"), failure.statusLine());
  }
}
