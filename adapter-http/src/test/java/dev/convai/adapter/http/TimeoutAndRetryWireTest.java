package dev.convai.adapter.http;

import static dev.convai.adapter.http.TestServer.Reply.after;
import static dev.convai.adapter.http.TestServer.Reply.silence;
import static dev.convai.adapter.http.TestServer.Reply.stallAfterHeaders;
import static dev.convai.adapter.http.TestServer.Reply.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.ConversationId;
import dev.convai.port.AdapterClosedException;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.AnalysisTimeoutException;
import dev.convai.port.ConversationNotFoundException;
import dev.convai.port.FailureKind;
import dev.convai.port.ServerErrorException;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deadlines, server retry hints, concurrency and closing, against a local server. */
class TimeoutAndRetryWireTest {

  private static final ConversationId ID = ConversationId.of("conv_t");
  private static final Duration SHORT = Duration.ofMillis(300);

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
  }

  @AfterEach
  void stop() {
    if (adapter != null) {
      adapter.close();
    }
    server.close();
  }

  private HttpConversationAnalysisAdapter.Builder builder() {
    return HttpConversationAnalysisAdapter.builder()
        .apiKey("sk_test_timeouts")
        .baseUrl(server.baseUrl())
        .vertx(clientVertx)
        .backoff(Duration.ofMillis(1), Duration.ofMillis(4));
  }

  @Test
  void bodyThatStallsAfterHeadersHitsTheDeadline() {
    server.reply(stallAfterHeaders(200, 10_000, "{\"conversation_id\":\"conv_t\","));
    adapter = builder().requestTimeout(SHORT).build();

    long started = System.nanoTime();
    AnalysisTimeoutException e = Outcomes.failure(adapter.runAnalysis(ID), AnalysisTimeoutException.class);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertEquals(FailureKind.TIMEOUT, e.kind());
    assertEquals(SHORT, e.timeout());
    assertEquals(1, e.attempts());
    assertEquals(1, server.requestCount(), "a timed-out attempt is not retried");
    assertEquals("Analysis of conversation conv_t timed out after 300 ms (1 attempt)", e.getMessage());
    assertTrue(took.compareTo(SHORT) >= 0, "not before the deadline: " + took);
  }

  @Test
  void serverThatNeverAnswersHitsTheDeadline() {
    server.reply(silence());
    adapter = builder().requestTimeout(SHORT).build();

    AnalysisTimeoutException e = Outcomes.failure(adapter.runAnalysis(ID), AnalysisTimeoutException.class);

    assertEquals(SHORT, e.timeout());
  }

  @Test
  void callTimeoutReplacesTheRequestTimeout() {
    server.reply(silence());
    adapter = builder().requestTimeout(Duration.ofSeconds(60)).build();

    AnalysisTimeoutException e =
        Outcomes.failure(adapter.runAnalysis(ID, AnalysisOptions.defaults().withTimeout(SHORT)), AnalysisTimeoutException.class);

    assertEquals(SHORT, e.timeout());
  }

  @Test
  void callTimeoutCoversRetriesAndSkipsAWaitThatWouldOutliveIt() {
    server.fallback(status(503, Map.of("Retry-After", "5"), "busy"));
    adapter = builder().maxRetryAfter(Duration.ofSeconds(10)).build();

    ServerErrorException e =
        Outcomes.failure(
            adapter.runAnalysis(ID, AnalysisOptions.defaults().withTimeout(Duration.ofSeconds(2))), ServerErrorException.class);

    assertEquals(1, e.attempts(), "waiting 5 s would pass the 2 s deadline, so no retry");
    assertEquals(1, server.requestCount());
  }

  @Test
  void retryAfterMsIsHonoured() {
    server.reply(status(429, Map.of("Retry-After-Ms", "200"), "{}"), status(404));
    adapter = builder().build();

    Outcomes.failure(adapter.runAnalysis(ID), ConversationNotFoundException.class);

    List<TestServer.Recorded> requests = server.requests();
    assertEquals(2, requests.size());
    Duration gap = Duration.ofNanos(requests.get(1).arrivedNanos() - requests.get(0).arrivedNanos());
    assertTrue(gap.toMillis() >= 190, "waited as asked: " + gap);
  }

  @Test
  void retryAfterSecondsIsHonouredAndCappedByMaxRetryAfter() {
    server.reply(status(503, Map.of("Retry-After", "3600"), ""), status(404));
    adapter = builder().maxRetryAfter(Duration.ofMillis(150)).build();

    ConversationNotFoundException e = Outcomes.failure(adapter.runAnalysis(ID), ConversationNotFoundException.class);

    assertEquals(2, e.attempts());
    List<TestServer.Recorded> requests = server.requests();
    Duration gap = Duration.ofNanos(requests.get(1).arrivedNanos() - requests.get(0).arrivedNanos());
    assertTrue(gap.toMillis() >= 140, "waited the cap: " + gap);
    assertTrue(gap.toSeconds() < 5, "not the hour the server asked for: " + gap);
  }

  @Test
  void concurrentRequestsAreBoundedByThePool() {
    server.fallback(after(Duration.ofMillis(100), status(404)));
    adapter = builder().maxConcurrentRequests(2).build();

    List<CompletionStage<?>> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      calls.add(adapter.runAnalysis(ConversationId.of("conv_" + i)));
    }
    for (CompletionStage<?> call : calls) {
      @SuppressWarnings("unchecked")
      CompletionStage<dev.convai.conversation.Conversation> c = (CompletionStage<dev.convai.conversation.Conversation>) call;
      Outcomes.failure(c, ConversationNotFoundException.class);
    }

    assertEquals(6, server.requestCount());
    assertTrue(server.maxConcurrentRequests() <= 2, "at most 2 at once, saw " + server.maxConcurrentRequests());
  }

  @Test
  void waitingForAFreeConnectionIsNotBoundByTheConnectTimeout() {
    server.fallback(after(Duration.ofMillis(150), status(404)));
    adapter = builder().maxConcurrentRequests(1).connectTimeout(Duration.ofMillis(50)).build();

    List<CompletionStage<dev.convai.conversation.Conversation>> calls = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      calls.add(adapter.runAnalysis(ConversationId.of("conv_" + i)));
    }

    // The third call waits about 300 ms for the one connection: far past the 50 ms connect timeout.
    for (CompletionStage<dev.convai.conversation.Conversation> call : calls) {
      ConversationNotFoundException e = Outcomes.failure(call, ConversationNotFoundException.class);
      assertEquals(1, e.attempts());
    }
    assertEquals(1, server.maxConcurrentRequests());
  }

  @Test
  void closeFailsCallsInFlightAndLaterCalls() {
    server.reply(silence());
    adapter = builder().requestTimeout(Duration.ofSeconds(30)).build();

    CompletionStage<dev.convai.conversation.Conversation> pending = adapter.runAnalysis(ID);
    server.awaitRequests(1);
    adapter.close();
    adapter.close(); // idempotent

    AdapterClosedException inFlight = Outcomes.failure(pending, AdapterClosedException.class);
    assertEquals("Adapter closed before the analysis of conversation conv_t finished (1 attempt)", inFlight.getMessage());
    AdapterClosedException later = Outcomes.failure(adapter.runAnalysis(ID), AdapterClosedException.class);
    assertEquals(ID, later.conversationId().orElseThrow());
    assertEquals(1, server.requestCount());
    // The caller's Vert.x is still theirs and still works.
    assertEquals("ok", clientVertx.executeBlocking(() -> "ok").toCompletionStage().toCompletableFuture().join());
  }

  @Test
  void ownedVertxIsClosedByClose() {
    server.reply(silence());
    HttpConversationAnalysisAdapter owned =
        HttpConversationAnalysisAdapter.builder().apiKey("k").baseUrl(server.baseUrl()).build();
    CompletionStage<dev.convai.conversation.Conversation> pending = owned.runAnalysis(ID);
    server.awaitRequests(1);

    owned.close();

    assertEquals(AdapterClosedException.class, Outcomes.failure(pending).getClass());
  }
}
