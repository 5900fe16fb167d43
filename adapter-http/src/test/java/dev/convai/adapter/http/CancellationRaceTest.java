package dev.convai.adapter.http;

import static dev.convai.adapter.http.TestServer.Reply.after;
import static dev.convai.adapter.http.TestServer.Reply.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.adapter.http.observe.CallFinished;
import dev.convai.adapter.http.observe.CallObserver;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Cancels calls at random moments (before the request, while it waits for the pool, on the wire,
 * during a retry's wait, as the response arrives) and checks what must hold whatever the timing:
 * every future completes, each call ends exactly once and as its future says, nothing stays in
 * flight, and the pool still serves a call at once. Seeded; the seed is in every message, and
 * {@code -Dconvai.seed=<seed>} replays it.
 */
class CancellationRaceTest {

  private static final int CALLS = 150;

  @Test
  void randomCancelsLeaveNothingBehind() {
    long seed = Long.getLong("convai.seed", System.nanoTime());
    Random random = new Random(seed);
    String context = "seed " + seed;
    ScheduledExecutorService cancellers = Executors.newScheduledThreadPool(2);
    // One list of ends per call, appended by that call's own observer.
    List<List<CallFinished>> ends = new CopyOnWriteArrayList<>();
    try (TestServer server = TestServer.start()) {
      byte[] body = Bodies.conversation(ConversationId.of("conv_race"));
      for (int i = 0; i < CALLS; i++) {
        int kind = random.nextInt(4);
        Duration delay = Duration.ofMillis(random.nextInt(20));
        server.reply(
            kind == 0
                ? after(delay, TestServer.Reply.status(503, Map.of("Retry-After-Ms", "5"), "{\"detail\":\"busy\"}"))
                : after(delay, json(200, body)));
      }
      server.fallback(json(200, body));
      try (HttpConversationAnalysisAdapter adapter =
          HttpConversationAnalysisAdapter.builder()
              .apiKey("sk_test_race")
              .baseUrl(server.baseUrl())
              .maxConcurrentRequests(4)
              .requestTimeout(Duration.ofSeconds(5))
              .backoff(Duration.ofMillis(1), Duration.ofMillis(5))
              .listener(
                  call -> {
                    List<CallFinished> mine = new CopyOnWriteArrayList<>();
                    ends.add(mine);
                    return new CallObserver() {
                      @Override
                      public void callFinished(CallFinished end) {
                        mine.add(end);
                      }
                    };
                  })
              .build()) {
        List<CompletableFuture<Conversation>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
          CompletableFuture<Conversation> call = adapter.runAnalysis(ConversationId.of("conv_race"));
          calls.add(call);
          if (random.nextBoolean()) {
            // The calls queue for a pool of four, so a cancel may land at any stage of a call.
            cancellers.schedule(() -> call.cancel(true), random.nextInt(400), TimeUnit.MILLISECONDS);
          }
        }

        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> CompletableFuture.allOf(calls.stream().map(c -> c.handle((v, t) -> null)).toArray(CompletableFuture[]::new)).get(),
            context);
        long cancelled = calls.stream().filter(CompletableFuture::isCancelled).count();
        long failed = calls.stream().filter(c -> c.isCompletedExceptionally() && !c.isCancelled()).count();
        for (CompletableFuture<Conversation> call : calls) {
          if (!call.isCompletedExceptionally()) {
            assertEquals("conv_race", call.join().conversationId().value(), context);
          }
        }
        assertEquals(CALLS, ends.size(), "every call was started: " + context);
        // A cancel completes the future first and tells the listener right after, on its own thread.
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> {
              while (ends.stream().anyMatch(List::isEmpty)) {
                Thread.sleep(5);
              }
            },
            "every call's end reached its observer: " + context);
        for (List<CallFinished> end : ends) {
          assertEquals(1, end.size(), "each call ends exactly once: " + context);
        }
        assertEquals(cancelled, count(ends, CallFinished.Outcome.CANCELLED), "cancelled ends: " + context);
        assertEquals(failed, count(ends, CallFinished.Outcome.FAILURE), "failed ends: " + context);
        assertEquals(CALLS - cancelled - failed, count(ends, CallFinished.Outcome.SUCCESS), "successes: " + context);
        assertEquals(0, adapter.callsInFlight(), context);

        // The pool of four is whole again: a fresh call is served at once. Replies that cancelled
        // calls never took are dropped first, or a queued 503 would answer it.
        server.forgetScript();
        Conversation next =
            assertTimeoutPreemptively(
                Duration.ofSeconds(2),
                () -> {
                  try {
                    return adapter.runAnalysis(ConversationId.of("conv_race")).get();
                  } catch (ExecutionException e) {
                    throw new AssertionError("the call after the race failed: " + context, e.getCause());
                  }
                },
                context);
        assertEquals("conv_race", next.conversationId().value());
        assertTrue(cancelled > 0 && cancelled < CALLS, "the schedule should cancel some calls and not all (" + cancelled + "): " + context);
      }
    } finally {
      cancellers.shutdownNow();
    }
  }

  private static long count(List<List<CallFinished>> ends, CallFinished.Outcome outcome) {
    return ends.stream().filter(e -> e.get(0).outcome() == outcome).count();
  }
}
