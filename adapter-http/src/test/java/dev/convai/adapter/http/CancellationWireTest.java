package dev.convai.adapter.http;

import static dev.convai.adapter.http.TestServer.Reply.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.adapter.http.observe.CallFinished;
import dev.convai.adapter.http.observe.CallObserver;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cancelling a call's future, or its expiring through {@code orTimeout}, aborts the request on the
 * wire: the server sees its connection close within 100 ms, the pool's one connection is free for
 * the next call at once, and no retry follows.
 */
class CancellationWireTest {

  private static final Duration DEADLINE = Duration.ofSeconds(10);
  private static final ConversationId SLOW = ConversationId.of("conv_cancel_slow");
  private static final ConversationId NEXT = ConversationId.of("conv_cancel_next");

  private TestServer server;
  private HttpConversationAnalysisAdapter adapter;
  private final CompletableFuture<CallFinished> slowCallEnd = new CompletableFuture<>();

  @BeforeEach
  void start() {
    server = TestServer.start();
    adapter =
        HttpConversationAnalysisAdapter.builder()
            .apiKey("sk_test_cancel")
            .baseUrl(server.baseUrl())
            .maxConcurrentRequests(1)
            .requestTimeout(Duration.ofSeconds(30))
            .listener(
                call ->
                    call.conversationId().orElseThrow().equals(SLOW)
                        ? new CallObserver() {
                          @Override
                          public void callFinished(CallFinished end) {
                            slowCallEnd.complete(end);
                          }
                        }
                        : CallObserver.NONE)
            .build();
  }

  @AfterEach
  void stop() {
    adapter.close();
    server.close();
  }

  /** Never answers, and records when the request's connection closed. */
  private static TestServer.Reply silentRecordingClose(CompletableFuture<Long> closedAt) {
    return (request, srv) -> request.connection().closeHandler(v -> closedAt.complete(System.nanoTime()));
  }

  @Test
  void cancelAbortsTheRequestFreesTheConnectionAndRetriesNothing() {
    CompletableFuture<Long> closedAt = new CompletableFuture<>();
    server.reply(silentRecordingClose(closedAt), json(200, Bodies.conversation(NEXT)));
    CompletableFuture<Conversation> slow = adapter.runAnalysis(SLOW);
    server.awaitRequests(1);

    long cancelledAt = System.nanoTime();
    assertTrue(slow.cancel(true));

    long seenAfter = assertTimeoutPreemptively(DEADLINE, () -> closedAt.get()) - cancelledAt;
    assertTrue(seenAfter < TimeUnit.MILLISECONDS.toNanos(100), "the server saw the abort after " + seenAfter / 1_000_000 + " ms");
    assertThrows(CancellationException.class, slow::join);

    // The pool has one connection: the next call is served at once, not after the first's deadline.
    long before = System.nanoTime();
    Conversation next = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> adapter.runAnalysis(NEXT).get());
    assertEquals(NEXT, next.conversationId());
    assertTrue(System.nanoTime() - before < TimeUnit.SECONDS.toNanos(1), "served at once");
    assertEquals(2, server.requestCount(), "no retry of the cancelled call");
    CallFinished end = assertTimeoutPreemptively(DEADLINE, () -> slowCallEnd.get());
    assertEquals(CallFinished.Outcome.CANCELLED, end.outcome());
    assertEquals(1, end.attempts());
  }

  @Test
  void orTimeoutAbortsTheRequestToo() {
    CompletableFuture<Long> closedAt = new CompletableFuture<>();
    server.reply(silentRecordingClose(closedAt), json(200, Bodies.conversation(NEXT)));
    long started = System.nanoTime();

    CompletableFuture<Conversation> slow = adapter.runAnalysis(SLOW).orTimeout(300, TimeUnit.MILLISECONDS);

    ExecutionException e = assertThrows(ExecutionException.class, () -> slow.get(DEADLINE.toSeconds(), TimeUnit.SECONDS));
    assertInstanceOf(TimeoutException.class, e.getCause());
    long closedAfter = assertTimeoutPreemptively(DEADLINE, () -> closedAt.get()) - started;
    assertTrue(closedAfter < TimeUnit.MILLISECONDS.toNanos(400), "closed after " + closedAfter / 1_000_000 + " ms");
    assertEquals(NEXT, assertTimeoutPreemptively(Duration.ofSeconds(2), () -> adapter.runAnalysis(NEXT).get()).conversationId());
    assertEquals(2, server.requestCount());
    assertEquals(CallFinished.Outcome.CANCELLED, assertTimeoutPreemptively(DEADLINE, () -> slowCallEnd.get()).outcome());
  }

  @Test
  void cancelDuringTheWaitBeforeARetryStartsNoRetry() throws Exception {
    server.reply(TestServer.Reply.status(503, Map.of("Retry-After-Ms", "300"), "{\"detail\":\"busy\"}"));
    server.fallback(json(200, Bodies.conversation(SLOW)));
    CompletableFuture<Conversation> slow = adapter.runAnalysis(SLOW);
    server.awaitRequests(1);
    // The retry is scheduled once the 503 has been read; its wait is 300 ms.
    Thread.sleep(100);

    assertTrue(slow.cancel(true));

    Thread.sleep(600);
    assertEquals(1, server.requestCount(), "the scheduled retry never ran");
    assertEquals(CallFinished.Outcome.CANCELLED, assertTimeoutPreemptively(DEADLINE, () -> slowCallEnd.get()).outcome());
  }
}
