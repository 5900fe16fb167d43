package dev.convai.adapter.http;

import static dev.convai.adapter.http.TestServer.Reply.closeConnection;
import static dev.convai.adapter.http.TestServer.Reply.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.AuthenticationException;
import dev.convai.port.ConflictException;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.ConversationNotFoundException;
import dev.convai.port.FailureKind;
import dev.convai.port.InvalidRequestException;
import dev.convai.port.MalformedResponseException;
import dev.convai.port.PermissionDeniedException;
import dev.convai.port.RateLimitedException;
import dev.convai.port.ServerErrorException;
import dev.convai.port.TransportException;
import dev.convai.port.UnexpectedStatusException;
import dev.convai.port.Violation;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

/** Each failure kind of the port, from a real response of a local server. */
class FailureMappingWireTest {

  private static final ConversationId ID = ConversationId.of("conv_123");

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
    adapter = adapter(server.baseUrl());
  }

  @AfterEach
  void stop() {
    adapter.close();
    server.close();
  }

  private static HttpConversationAnalysisAdapter adapter(String baseUrl) {
    return HttpConversationAnalysisAdapter.builder()
        .apiKey("sk_test_failures")
        .baseUrl(baseUrl)
        .vertx(clientVertx)
        .requestTimeout(Duration.ofSeconds(5))
        .backoff(Duration.ofMillis(1), Duration.ofMillis(4))
        .build();
  }

  static String fixture(String name) {
    try (InputStream in = FailureMappingWireTest.class.getResourceAsStream("/fixtures/real/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing fixture " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ConversationAnalysisException run() {
    return Outcomes.failure(adapter.runAnalysis(ID));
  }

  @Test
  void notFound() {
    server.reply(status(404, "{\"detail\":{\"status\":\"conversation_not_found\",\"message\":\"Conversation not found\"}}"));

    ConversationNotFoundException e = Outcomes.failure(adapter.runAnalysis(ID), ConversationNotFoundException.class);

    assertEquals("Conversation conv_123 not found (HTTP 404, 1 attempt)", e.getMessage());
    assertEquals(FailureKind.NOT_FOUND, e.kind());
    assertEquals(ID, e.conversationId().orElseThrow());
    assertEquals(OptionalInt.of(404), e.status());
    assertEquals(1, e.attempts());
    assertTrue(e.bodyExcerpt().orElseThrow().contains("conversation_not_found"));
    assertEquals(1, server.requestCount());
  }

  @Test
  void validationErrorOfTheApiBecomesViolations() {
    server.reply(status(422, fixture("elevenlabs-js-issue-274-422-http-validation-error.json")));

    InvalidRequestException e = Outcomes.failure(adapter.runAnalysis(ID), InvalidRequestException.class);

    assertEquals(
        List.of(
            new Violation(List.of("body", "voice_settings", "stability"), "Input should be a valid number", "float_type"),
            new Violation(List.of("body", "voice_settings", "style"), "Input should be a valid number", "float_type"),
            new Violation(List.of("body", "voice_settings", "speed"), "Input should be a valid number", "float_type")),
        e.violations());
    assertEquals(
        "Invalid request for conversation conv_123: body.voice_settings.stability: Input should be a valid number"
            + " (float_type) and 2 more (HTTP 422, 1 attempt)",
        e.getMessage());
    assertEquals(1, server.requestCount(), "422 is not retried");
  }

  @Test
  void badRequestWithIntegerLocationsAndExtraKeys() {
    server.reply(
        status(
            400,
            "{\"detail\":[{\"loc\":[\"body\",\"items\",3,\"id\"],\"msg\":\"Field required\",\"type\":\"missing\","
                + "\"input\":{\"x\":1},\"ctx\":{\"a\":2},\"url\":\"https://errors.pydantic.dev\"}]}"));

    InvalidRequestException e = Outcomes.failure(adapter.runAnalysis(ID), InvalidRequestException.class);

    assertEquals(List.of(new Violation(List.of("body", "items", "3", "id"), "Field required", "missing")), e.violations());
    assertEquals(OptionalInt.of(400), e.status());
  }

  @Test
  void badRequestWithoutValidationShapeKeepsTheServersMessage() {
    server.reply(status(400, "{\"detail\":\"Conversation has no transcript\"}"));

    InvalidRequestException e = Outcomes.failure(adapter.runAnalysis(ID), InvalidRequestException.class);

    assertEquals(List.of(), e.violations());
    assertEquals("Invalid request for conversation conv_123: Conversation has no transcript (HTTP 400, 1 attempt)", e.getMessage());
  }

  @Test
  void unauthorized() {
    server.reply(status(401, "{\"detail\":{\"status\":\"invalid_api_key\",\"message\":\"Invalid API key\"}}"));

    AuthenticationException e = Outcomes.failure(adapter.runAnalysis(ID), AuthenticationException.class);

    assertEquals("Authentication failed for conversation conv_123: Invalid API key (invalid_api_key) (HTTP 401, 1 attempt)", e.getMessage());
    assertEquals(1, server.requestCount());
  }

  @Test
  void forbiddenWithTheApisDetailObject() {
    server.reply(status(403, fixture("elevenlabs-js-issue-153-403-detail-object.json")));

    PermissionDeniedException e = Outcomes.failure(adapter.runAnalysis(ID), PermissionDeniedException.class);

    assertEquals(
        "Permission denied for conversation conv_123: Requested output format pcm_44100 (PCM at 44100hz) is only"
            + " allowed for Pro tier and above. (output_format_not_allowed) (HTTP 403, 1 attempt)",
        e.getMessage());
    assertEquals(OptionalInt.of(403), e.status());
  }

  @Test
  void conflictIsRetriedThenReported() {
    server.fallback(status(409, "{\"detail\":\"Analysis already running\"}"));

    ConflictException e = Outcomes.failure(adapter.runAnalysis(ID), ConflictException.class);

    assertEquals(3, e.attempts());
    assertEquals(3, server.requestCount());
    assertEquals("Conflict running analysis of conversation conv_123: Analysis already running (HTTP 409, 3 attempts)", e.getMessage());
  }

  @Test
  void rateLimitedCarriesTheServersHintUncapped() {
    server.fallback(status(429, Map.of("Retry-After", "3600"), "{\"detail\":\"slow down\"}"));
    adapter.close();
    adapter =
        HttpConversationAnalysisAdapter.builder()
            .apiKey("k")
            .baseUrl(server.baseUrl())
            .vertx(clientVertx)
            .maxRetryAfter(Duration.ofMillis(5))
            .build();

    RateLimitedException e = Outcomes.failure(adapter.runAnalysis(ID), RateLimitedException.class);

    assertEquals(Duration.ofHours(1), e.retryAfter().orElseThrow(), "the server's hint, not our cap");
    assertEquals(3, e.attempts());
    assertEquals(3, server.requestCount());
    assertEquals("Rate limited running analysis of conversation conv_123: slow down (HTTP 429, 3 attempts, retry after 3600 s)", e.getMessage());
  }

  @Test
  void serverErrorsAreRetriedUntilRetriesRunOut() {
    server.fallback(status(503, "<html>Service Unavailable</html>"));

    ServerErrorException e = Outcomes.failure(adapter.runAnalysis(ID), ServerErrorException.class);

    assertEquals(3, e.attempts());
    assertEquals(3, server.requestCount());
    assertEquals(OptionalInt.of(503), e.status());
    assertEquals("<html>Service Unavailable</html>", e.bodyExcerpt().orElseThrow());
    assertEquals("Server error running analysis of conversation conv_123 (HTTP 503, 3 attempts)", e.getMessage());
  }

  @Test
  void retriesOffForOneCallMakesExactlyOneRequest() {
    server.fallback(status(500));

    ServerErrorException e =
        Outcomes.failure(adapter.runAnalysis(ID, AnalysisOptions.defaults().withoutRetries()), ServerErrorException.class);

    assertEquals(1, e.attempts());
    assertEquals(1, server.requestCount());

    // The next call with default options retries again: the switch was for one call only.
    Outcomes.failure(adapter.runAnalysis(ID), ServerErrorException.class);
    assertEquals(4, server.requestCount());
  }

  @Test
  void maxRetriesZeroMeansOneRequest() {
    server.fallback(status(502));
    adapter.close();
    adapter = HttpConversationAnalysisAdapter.builder().apiKey("k").baseUrl(server.baseUrl()).vertx(clientVertx).maxRetries(0).build();

    assertEquals(1, Outcomes.failure(adapter.runAnalysis(ID), ServerErrorException.class).attempts());
    assertEquals(1, server.requestCount());
  }

  @Test
  void requestTimeoutStatusIsRetriedAndReportedAsUnexpected() {
    server.fallback(status(408));

    UnexpectedStatusException e = Outcomes.failure(adapter.runAnalysis(ID), UnexpectedStatusException.class);

    assertEquals(3, e.attempts());
    assertEquals(OptionalInt.of(408), e.status());
  }

  @Test
  void otherClientErrorIsUnexpectedAndNotRetried() {
    server.reply(status(418, "I'm a teapot"));

    UnexpectedStatusException e = Outcomes.failure(adapter.runAnalysis(ID), UnexpectedStatusException.class);

    assertEquals(1, server.requestCount());
    assertEquals("Unexpected status running analysis of conversation conv_123 (HTTP 418, 1 attempt)", e.getMessage());
    assertEquals("I'm a teapot", e.bodyExcerpt().orElseThrow());
  }

  @Test
  void redirectIsNotFollowed() {
    server.reply(status(307, Map.of("Location", server.baseUrl() + "/elsewhere"), ""));
    server.fallback(status(200, "{}"));

    UnexpectedStatusException e = Outcomes.failure(adapter.runAnalysis(ID), UnexpectedStatusException.class);

    assertEquals(OptionalInt.of(307), e.status());
    assertEquals(1, server.requestCount(), "the key is never carried to a redirect target");
  }

  @Test
  void connectionClosedBeforeResponseIsRetried() {
    server.reply(closeConnection(), status(404));

    ConversationNotFoundException e = Outcomes.failure(adapter.runAnalysis(ID), ConversationNotFoundException.class);

    assertEquals(2, e.attempts());
    assertEquals(2, server.requestCount());
  }

  @Test
  void connectionClosedEveryTimeIsTransport() {
    server.fallback(closeConnection());

    TransportException e = Outcomes.failure(adapter.runAnalysis(ID), TransportException.class);

    assertEquals(3, e.attempts());
    assertEquals(3, server.requestCount());
    assertFalse(e.status().isPresent());
    assertTrue(e.getMessage().startsWith("Connection failed for conversation conv_123: "), e.getMessage());
    assertTrue(e.getMessage().endsWith(" (3 attempts)"), e.getMessage());
  }

  @Test
  void connectionRefusedIsTransport() {
    int port = server.port();
    server.close(); // nothing listens there any more
    adapter.close();
    adapter = adapter("http://127.0.0.1:" + port);

    TransportException e = Outcomes.failure(adapter.runAnalysis(ID), TransportException.class);

    assertEquals(3, e.attempts());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void undecodableSuccessBodyIsMalformed() {
    server.reply(status(200, "this is not json"));

    MalformedResponseException e = Outcomes.failure(adapter.runAnalysis(ID), MalformedResponseException.class);

    assertEquals(OptionalInt.of(200), e.status());
    assertEquals(1, e.attempts());
    assertEquals(ID, e.conversationId().orElseThrow());
    assertEquals("this is not json", e.bodyExcerpt().orElseThrow());
    assertEquals(1, server.requestCount(), "a malformed success is not retried");
  }

  @Test
  void bodyOverTheLimitIsMalformedWhateverTheStatus() {
    adapter.close();
    adapter =
        HttpConversationAnalysisAdapter.builder()
            .apiKey("k")
            .baseUrl(server.baseUrl())
            .vertx(clientVertx)
            .maxResponseBytes(1000)
            .build();
    String big = "{\"detail\":\"" + "x".repeat(5000) + "\"}";
    server.reply(status(200, big), status(500, big));

    MalformedResponseException ok = Outcomes.failure(adapter.runAnalysis(ID), MalformedResponseException.class);
    MalformedResponseException error = Outcomes.failure(adapter.runAnalysis(ID), MalformedResponseException.class);

    assertEquals("Response for conversation conv_123 is larger than 1000 bytes (1 attempt)", ok.getMessage());
    assertTrue(ok.bodyExcerpt().orElseThrow().startsWith("{\"detail\":\"xxx"));
    // The head arrived before the body was refused: the failure says which response it was.
    assertEquals(java.util.OptionalInt.of(200), ok.status());
    assertEquals(java.util.Optional.of("HTTP/1.1 200 OK"), ok.statusLine());
    assertEquals(java.util.OptionalInt.of(500), error.status());
    assertEquals(1, error.attempts());
    assertEquals(2, server.requestCount());
  }

  @Test
  void errorBodiesAreReadAsUtf8() {
    server.reply(status(403, "{\"detail\":{\"message\":\"Dostęp zabroniony — żółw 🐢\"}}"));

    PermissionDeniedException e = Outcomes.failure(adapter.runAnalysis(ID), PermissionDeniedException.class);

    assertEquals("Permission denied for conversation conv_123: Dostęp zabroniony — żółw 🐢 (HTTP 403, 1 attempt)", e.getMessage());
    assertTrue(e.bodyExcerpt().orElseThrow().contains("żółw 🐢"));
  }

  @Test
  void multiLineServerMessagesStayOneLine() {
    server.reply(status(401, "{\"detail\":\"bad\\nkey\\r\\n  really\"}"));

    AuthenticationException e = Outcomes.failure(adapter.runAnalysis(ID), AuthenticationException.class);

    assertEquals("Authentication failed for conversation conv_123: bad key really (HTTP 401, 1 attempt)", e.getMessage());
  }
}
