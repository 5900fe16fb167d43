package dev.convai.adapter.http;

import static dev.convai.adapter.http.TestServer.Reply.json;
import static dev.convai.adapter.http.TestServer.Reply.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.adapter.http.observe.AttemptFinished;
import dev.convai.adapter.http.observe.CallFinished;
import dev.convai.adapter.http.observe.CallObserver;
import dev.convai.adapter.http.observe.CallStarted;
import dev.convai.adapter.http.observe.HttpCallListener;
import dev.convai.adapter.http.observe.Operation;
import dev.convai.adapter.http.observe.RetryScheduled;
import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.FailureKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every event of {@link CallObserver}, in the order its Javadoc gives, for calls against a local server. */
class ListenerWireTest {

  private static final Duration DEADLINE = Duration.ofSeconds(10);
  private static final ConversationId ID = ConversationId.of("conv_listened");

  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Records each event as one line, and completes when the call has finished. */
  static final class Recording implements HttpCallListener {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<CallStarted> calls = new CopyOnWriteArrayList<>();
    final CompletableFuture<CallFinished> finished = new CompletableFuture<>();

    @Override
    public CallObserver callStarted(CallStarted call) {
      calls.add(call);
      events.add("callStarted " + call.operation().wireName());
      return new CallObserver() {
        @Override
        public void attemptStarted(int attempt) {
          events.add("attemptStarted " + attempt);
        }

        @Override
        public void attemptFinished(AttemptFinished a) {
          assertTrue(!a.elapsed().isNegative());
          events.add("attemptFinished " + a.attempt() + " " + a.status() + " " + a.failure());
        }

        @Override
        public void retryScheduled(RetryScheduled r) {
          events.add("retryScheduled " + r.nextAttempt() + " " + r.delay().toMillis() + "ms " + r.reason() + " " + r.status() + " hinted=" + r.serverHinted());
        }

        @Override
        public void callFinished(CallFinished end) {
          events.add("callFinished " + end.outcome() + " " + end.attempts() + " " + end.failure().map(f -> f.kind().name()).orElse("-"));
          finished.complete(end);
        }
      };
    }

    List<String> awaitEvents() {
      assertTimeoutPreemptively(DEADLINE, () -> finished.get());
      return List.copyOf(events);
    }
  }

  private HttpConversationAnalysisAdapter adapter(HttpCallListener... listeners) {
    HttpConversationAnalysisAdapter.Builder builder =
        HttpConversationAnalysisAdapter.builder()
            .apiKey("sk_test_listener")
            .baseUrl(server.baseUrl())
            .requestTimeout(Duration.ofSeconds(5))
            .backoff(Duration.ofMillis(1), Duration.ofMillis(2));
    for (HttpCallListener listener : listeners) {
      builder.listener(listener);
    }
    return builder.build();
  }

  @Test
  void aSuccessIsOneAttemptAndASuccessfulEnd() {
    server.reply(json(200, Bodies.conversation(ID)));
    Recording recording = new Recording();
    try (HttpConversationAnalysisAdapter adapter = adapter(recording)) {
      Outcomes.success(adapter.runAnalysis(ID));

      assertEquals(
          List.of(
              "callStarted run_analysis",
              "attemptStarted 1",
              "attemptFinished 1 OptionalInt[200] Optional.empty",
              "callFinished SUCCESS 1 -"),
          recording.awaitEvents());
      CallStarted call = recording.calls.get(0);
      assertEquals(Operation.RUN_ANALYSIS, call.operation());
      assertEquals("127.0.0.1", call.serverAddress());
      assertEquals(server.port(), call.serverPort());
      assertEquals("http", call.scheme());
      assertEquals("custom", call.region());
      assertEquals(Optional.of(ID), call.conversationId());
      assertEquals(3, call.maxAttempts());
    }
  }

  @Test
  void aRetryWithAServerHintIsScheduledWithThatWait() {
    server.reply(status(429, Map.of("Retry-After-Ms", "40"), "{\"detail\":\"slow down\"}"), json(200, Bodies.conversation(ID)));
    Recording recording = new Recording();
    try (HttpConversationAnalysisAdapter adapter = adapter(recording)) {
      Outcomes.success(adapter.runAnalysis(ID));

      assertEquals(
          List.of(
              "callStarted run_analysis",
              "attemptStarted 1",
              "attemptFinished 1 OptionalInt[429] Optional[RATE_LIMITED]",
              "retryScheduled 2 40ms RATE_LIMITED OptionalInt[429] hinted=true",
              "attemptStarted 2",
              "attemptFinished 2 OptionalInt[200] Optional.empty",
              "callFinished SUCCESS 2 -"),
          recording.awaitEvents());
    }
  }

  @Test
  void aFailureEndsWithTheFailureTheCallerReceives() {
    server.reply(status(404, "{\"detail\":\"no such conversation\"}"));
    Recording recording = new Recording();
    try (HttpConversationAnalysisAdapter adapter = adapter(recording)) {
      var failure = Outcomes.failure(adapter.runAnalysis(ID, AnalysisOptions.defaults().withoutRetries()));

      assertEquals(
          List.of(
              "callStarted run_analysis",
              "attemptStarted 1",
              "attemptFinished 1 OptionalInt[404] Optional[NOT_FOUND]",
              "callFinished FAILURE 1 NOT_FOUND"),
          recording.awaitEvents());
      assertEquals(failure, recording.finished.join().failure().orElseThrow());
      assertEquals(1, recording.calls.get(0).maxAttempts(), "retries were off");
    }
  }

  @Test
  void aConnectionFailureIsAnAttemptWithoutStatus() {
    server.reply(TestServer.Reply.closeConnection(), json(200, Bodies.conversation(ID)));
    Recording recording = new Recording();
    try (HttpConversationAnalysisAdapter adapter = adapter(recording)) {
      Outcomes.success(adapter.runAnalysis(ID));

      List<String> events = recording.awaitEvents();
      assertEquals("attemptFinished 1 OptionalInt.empty Optional[TRANSPORT]", events.get(2));
      assertTrue(events.get(3).startsWith("retryScheduled 2 "), events.get(3));
      assertTrue(events.get(3).endsWith("TRANSPORT OptionalInt.empty hinted=false"), events.get(3));
      assertEquals("callFinished SUCCESS 2 -", events.get(events.size() - 1));
    }
  }

  @Test
  void aCallOnAClosedAdapterIsStartedAndEndsAsClosed() {
    Recording recording = new Recording();
    HttpConversationAnalysisAdapter adapter = adapter(recording);
    adapter.close();

    Outcomes.failure(adapter.runAnalysis(ID));

    assertEquals(List.of("callStarted run_analysis", "callFinished FAILURE 0 " + FailureKind.CLOSED.name()), recording.awaitEvents());
    assertEquals(0, server.requestCount());
  }

  @Test
  void closingDuringAnAttemptEndsThatAttemptAndTheCallAsClosed() {
    server.reply(TestServer.Reply.silence());
    Recording recording = new Recording();
    HttpConversationAnalysisAdapter adapter = adapter(recording);
    var call = adapter.runAnalysis(ID);
    server.awaitRequests(1);

    adapter.close();

    Outcomes.failure(call);
    assertEquals(
        List.of(
            "callStarted run_analysis",
            "attemptStarted 1",
            "attemptFinished 1 OptionalInt.empty Optional[CLOSED]",
            "callFinished FAILURE 1 CLOSED"),
        recording.awaitEvents());
  }

  @Test
  void aThrowingListenerIsLoggedOnceAtWarningAndChangesNothing() {
    server.reply(json(200, Bodies.conversation(ID)), json(200, Bodies.conversation(ID)));
    HttpCallListener throwing =
        call ->
            new CallObserver() {
              @Override
              public void attemptStarted(int attempt) {
                throw new IllegalStateException("observer bug");
              }

              @Override
              public void callFinished(CallFinished end) {
                throw new IllegalStateException("observer bug at the end");
              }
            };
    HttpCallListener throwsAtStart =
        call -> {
          throw new IllegalArgumentException("listener bug");
        };
    Recording after = new Recording();
    ApiKeyConfidentialityTest.LogCapture logs = ApiKeyConfidentialityTest.LogCapture.start();
    try (HttpConversationAnalysisAdapter adapter = adapter(throwing, throwsAtStart, after)) {
      Outcomes.success(adapter.runAnalysis(ID));
      after.awaitEvents();
      Outcomes.success(adapter.runAnalysis(ID));
    } finally {
      logs.stop();
    }

    List<String> oneCall = List.of("callStarted run_analysis", "attemptStarted 1", "attemptFinished 1 OptionalInt[200] Optional.empty", "callFinished SUCCESS 1 -");
    assertEquals(oneCall, after.events.subList(0, 4), "the listener after them saw every event");
    assertEquals(oneCall, after.events.subList(4, 8));
    String log = logs.text();
    assertEquals(2, count(log, "WARNING: HTTP call listener"), "one warning per throwing listener:\n" + log);
    assertTrue(log.contains("observer bug"), log);
    assertTrue(log.contains("listener bug"), log);
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      n++;
    }
    return n;
  }
}
