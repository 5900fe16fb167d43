package dev.convai.adapter.http;

import static dev.convai.adapter.http.TestServer.Reply.after;
import static dev.convai.adapter.http.TestServer.Reply.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.adapter.http.observe.Operation;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where a call's future completes, and that blocking on it is safe where it can be and refused
 * where it cannot. The client runs on a caller-supplied Vert.x with a single event loop, so a
 * callback that blocked that loop would hang every call: each test has a deadline that turns such
 * a hang into a failure.
 */
class CallThreadsTest {

  private static final Duration DEADLINE = Duration.ofSeconds(10);
  private static final ConversationId FIRST = ConversationId.of("conv_threads_first");
  private static final ConversationId SECOND = ConversationId.of("conv_threads_second");

  private Vertx oneLoop;
  private TestServer server;

  @BeforeEach
  void start() {
    oneLoop = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    server = TestServer.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    oneLoop.close().await(10, TimeUnit.SECONDS);
  }

  private HttpConversationAnalysisAdapter.Builder adapter() {
    return HttpConversationAnalysisAdapter.builder()
        .apiKey("sk_test_threads")
        .baseUrl(server.baseUrl())
        .vertx(oneLoop)
        .requestTimeout(Duration.ofSeconds(5));
  }

  @Test
  void byDefaultTheFutureCompletesOnAnAdapterThreadThatIsNotAnEventLoop() {
    server.reply(after(Duration.ofMillis(200), json(200, Bodies.conversation(FIRST))));
    try (HttpConversationAnalysisAdapter adapter = adapter().build()) {
      CompletableFuture<String> where =
          adapter
              .runAnalysis(FIRST)
              .thenApply(c -> Thread.currentThread().getName() + " eventLoop=" + Context.isOnEventLoopThread());

      String seen = assertTimeoutPreemptively(DEADLINE, () -> where.get());

      assertTrue(seen.startsWith("convai-http-"), seen);
      assertTrue(seen.endsWith("eventLoop=false"), seen);
    }
  }

  @Test
  void aCallbackThatBlocksOnAnotherCallOfTheSameAdapterCompletes() {
    server.reply(json(200, Bodies.conversation(FIRST)), after(Duration.ofMillis(50), json(200, Bodies.conversation(SECOND))));
    try (HttpConversationAnalysisAdapter adapter = adapter().build()) {
      CompletableFuture<Conversation> nested = adapter.runAnalysis(FIRST).thenApply(first -> adapter.runAnalysis(SECOND).join());

      Conversation second = assertTimeoutPreemptively(DEADLINE, () -> nested.get());

      assertEquals(SECOND, second.conversationId());
    }
  }

  @Test
  void aSynchronousCallFromAnyNonLoopThreadCompletes() {
    server.reply(json(200, Bodies.conversation(FIRST)));
    try (HttpConversationAnalysisAdapter adapter = adapter().build()) {
      Conversation c = assertTimeoutPreemptively(DEADLINE, () -> adapter.runAnalysis(FIRST).join());
      assertEquals(FIRST, c.conversationId());
    }
  }

  @Test
  void joinOnAnEventLoopOfTheCallersVertxFailsAtOnceInsteadOfHanging() {
    server.reply(after(Duration.ofMillis(300), json(200, Bodies.conversation(FIRST))));
    try (HttpConversationAnalysisAdapter adapter = adapter().build()) {
      CompletableFuture<Throwable> refused = new CompletableFuture<>();
      oneLoop.runOnContext(
          v -> {
            CompletableFuture<Conversation> call = adapter.runAnalysis(FIRST);
            try {
              call.join();
              refused.complete(null);
            } catch (Throwable t) {
              refused.complete(t);
            }
          });

      Throwable thrown = assertTimeoutPreemptively(DEADLINE, () -> refused.get());

      IllegalStateException e = org.junit.jupiter.api.Assertions.assertInstanceOf(IllegalStateException.class, thrown);
      assertTrue(e.getMessage().contains("event loop"), e.getMessage());
      // The call itself goes on and completes normally.
      assertEquals(FIRST, assertTimeoutPreemptively(DEADLINE, () -> adapter.runAnalysis(FIRST).handle((c, t) -> FIRST).get()));
    }
  }

  @Test
  void aDerivedStageRefusesToBlockAnEventLoopToo() {
    server.reply(after(Duration.ofMillis(300), json(200, Bodies.conversation(FIRST))));
    try (HttpConversationAnalysisAdapter adapter = adapter().build()) {
      CompletableFuture<Class<?>> refused = new CompletableFuture<>();
      oneLoop.runOnContext(
          v -> {
            CompletableFuture<String> derived = adapter.runAnalysis(FIRST).thenApply(c -> c.conversationId().value());
            try {
              derived.get(5, TimeUnit.SECONDS);
              refused.complete(Void.class);
            } catch (Exception | Error t) {
              refused.complete(t.getClass());
            }
          });

      assertEquals(IllegalStateException.class, assertTimeoutPreemptively(DEADLINE, () -> refused.get()));
    }
  }

  @Test
  void aCallbackExecutorIsWhereTheFutureCompletes() {
    ExecutorService mine = Executors.newSingleThreadExecutor(r -> new Thread(r, "my-callbacks"));
    server.reply(after(Duration.ofMillis(200), json(200, Bodies.conversation(FIRST))));
    try (HttpConversationAnalysisAdapter adapter = adapter().callbackExecutor(mine).build()) {
      CompletableFuture<String> where = adapter.runAnalysis(FIRST).thenApply(c -> Thread.currentThread().getName());

      assertEquals("my-callbacks", assertTimeoutPreemptively(DEADLINE, () -> where.get()));
    } finally {
      mine.shutdownNow();
    }
  }

  @Test
  void failuresCompleteOffTheEventLoopToo() {
    server.reply(after(Duration.ofMillis(200), TestServer.Reply.status(404)));
    try (HttpConversationAnalysisAdapter adapter = adapter().build()) {
      CompletableFuture<Boolean> onLoop = adapter.runAnalysis(FIRST).handle((c, t) -> Context.isOnEventLoopThread());

      assertFalse(assertTimeoutPreemptively(DEADLINE, () -> onLoop.get()));
    }
  }

  @Test
  void decodingRunsOnTheThreadThatCompletesTheFuture() {
    server.reply(after(Duration.ofMillis(200), json(200, Bodies.conversation(FIRST))));
    try (HttpConversationAnalysisAdapter adapter = adapter().build()) {
      String[] decodedOn = new String[1];
      CompletableFuture<String> completedOn =
          adapter
              .exchange(
                  Operation.RUN_ANALYSIS,
                  Optional.of(FIRST),
                  "/v1/convai/conversations/" + FIRST.value() + "/analysis/run",
                  List.of(),
                  Optional.empty(),
                  AnalysisOptions.defaults(),
                  (body, details) -> {
                    decodedOn[0] = Thread.currentThread().getName();
                    return body.length;
                  })
              .thenApply(length -> Thread.currentThread().getName());

      String completer = assertTimeoutPreemptively(DEADLINE, () -> completedOn.get());

      assertEquals(decodedOn[0], completer, "one hand-off: the decoding thread completes the future");
      assertTrue(completer.startsWith("convai-http-"), completer);
    }
  }
  @Test
  void withACallbackExecutorASmallBodyDecodesOnTheEventLoopAndCompletesInPlace() {
    server.reply(after(Duration.ofMillis(200), json(200, new byte[16 * 1024])));
    try (HttpConversationAnalysisAdapter adapter = adapter().callbackExecutor(Runnable::run).build()) {
      String[] decodedOn = new String[1];
      CompletableFuture<String> completedOn =
          recordDecodingThread(adapter, decodedOn).thenApply(length -> Thread.currentThread().getName());

      String completer = assertTimeoutPreemptively(DEADLINE, () -> completedOn.get());

      assertTrue(decodedOn[0].startsWith("vert.x-eventloop-thread-"), decodedOn[0]);
      assertEquals(decodedOn[0], completer, "no hand-off at all");
    }
  }

  @Test
  void withACallbackExecutorALargeBodyStillDecodesOffTheEventLoop() {
    int large = HttpConversationAnalysisAdapter.DECODE_ON_EVENT_LOOP_MAX_BYTES + 1;
    server.reply(after(Duration.ofMillis(200), json(200, new byte[large])));
    try (HttpConversationAnalysisAdapter adapter = adapter().callbackExecutor(Runnable::run).build()) {
      String[] decodedOn = new String[1];
      CompletableFuture<Integer> decoded = recordDecodingThread(adapter, decodedOn);

      assertEquals(large, assertTimeoutPreemptively(DEADLINE, () -> decoded.get()));
      assertTrue(decodedOn[0].startsWith("convai-http-"), decodedOn[0]);
    }
  }

  private static CompletableFuture<Integer> recordDecodingThread(HttpConversationAnalysisAdapter adapter, String[] decodedOn) {
    return adapter.exchange(
        Operation.RUN_ANALYSIS,
        Optional.of(FIRST),
        "/v1/convai/conversations/" + FIRST.value() + "/analysis/run",
        List.of(),
        Optional.empty(),
        AnalysisOptions.defaults(),
        (body, details) -> {
          decodedOn[0] = Thread.currentThread().getName();
          return body.length;
        });
  }
}
