package dev.convai.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.ConversationAnalysisPort;
import dev.convai.port.FailureKind;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Properties of the batch over random inputs: random sizes, limits, outcomes and completion
 * timings. The seed is printed; rerun one with {@code -Dbatch.seed=...}.
 */
class BatchAnalysisServiceRandomTest {

  private static final int ROUNDS = 30;

  private enum Plan {
    SUCCESS,
    NOT_FOUND,
    SERVER_ERROR,
    RATE_LIMITED_THEN_SUCCESS,
    ALWAYS_RATE_LIMITED,
    /** Refused for the account's concurrency limit, more often than the retry budget allows. */
    CONCURRENCY_REFUSED_THEN_SUCCESS
  }

  private ScheduledExecutorService portThreads;
  private ScheduledExecutorService sharedScheduler;

  @BeforeEach
  void threads() {
    portThreads = Executors.newScheduledThreadPool(3);
    sharedScheduler = Executors.newScheduledThreadPool(2);
  }

  @AfterEach
  void stopThreads() {
    portThreads.shutdownNow();
    sharedScheduler.shutdownNow();
  }

  @Test
  void everyIdIsReportedOnceWithinTheLimitBeforeTheBatchCompletes() throws Exception {
    long seed = Long.getLong("batch.seed", System.nanoTime());
    System.out.println("BatchAnalysisServiceRandomTest seed=" + seed);
    Random random = new Random(seed);
    for (int round = 0; round < ROUNDS; round++) {
      runRound(random, "seed=" + seed + " round=" + round);
    }
  }

  private void runRound(Random random, String label) throws Exception {
    int size = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(300);
    int limit = 1 + random.nextInt(12);
    Map<ConversationId, Plan> plans = new HashMap<>();
    Map<ConversationId, Integer> rateLimitsBeforeSuccess = new HashMap<>();
    Plan[] kinds = Plan.values();
    for (int i = 0; i < size; i++) {
      ConversationId id = ConversationId.of("conv_" + i);
      Plan plan = kinds[random.nextInt(kinds.length)];
      plans.put(id, plan);
      rateLimitsBeforeSuccess.put(id, plan == Plan.CONCURRENCY_REFUSED_THEN_SUCCESS ? 1 + random.nextInt(5) : 1 + random.nextInt(2));
    }
    long delaySeed = random.nextLong();

    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    Map<ConversationId, AtomicInteger> attempts = new ConcurrentHashMap<>();
    ConversationAnalysisPort port =
        new AnalysisOnlyPort() {
          private final AtomicLong calls = new AtomicLong();

          @Override
          public CompletionStage<Conversation> runAnalysis(ConversationId id, AnalysisOptions options) {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            int attempt = attempts.computeIfAbsent(id, any -> new AtomicInteger()).incrementAndGet();
            CompletableFuture<Conversation> future = new CompletableFuture<>();
            Runnable answer =
                () -> {
                  inFlight.decrementAndGet();
                  switch (plans.get(id)) {
                    case SUCCESS -> future.complete(TestConversations.of(id));
                    case NOT_FOUND -> future.completeExceptionally(Failures.notFound(id));
                    case SERVER_ERROR -> future.completeExceptionally(Failures.serverError(id));
                    case RATE_LIMITED_THEN_SUCCESS -> {
                      if (attempt <= rateLimitsBeforeSuccess.get(id)) {
                        future.completeExceptionally(Failures.rateLimited(id, Duration.ofNanos(200_000)));
                      } else {
                        future.complete(TestConversations.of(id));
                      }
                    }
                    case ALWAYS_RATE_LIMITED -> future.completeExceptionally(Failures.rateLimited(id, null));
                    case CONCURRENCY_REFUSED_THEN_SUCCESS -> {
                      if (attempt <= rateLimitsBeforeSuccess.get(id)) {
                        future.completeExceptionally(Failures.concurrencyLimited(id, null));
                      } else {
                        future.complete(TestConversations.of(id));
                      }
                    }
                  }
                };
            // Some answers arrive synchronously, as a cache or a fake would give them.
            long delay = new Random(delaySeed ^ calls.incrementAndGet()).nextInt(600) - 100;
            if (delay < 0) {
              answer.run();
            } else {
              portThreads.schedule(answer, delay, TimeUnit.MICROSECONDS);
            }
            return future;
          }
        };

    BatchAnalysisService.Builder builder =
        BatchAnalysisService.builder(port)
            .concurrency(limit)
            .rateLimitPolicy(RateLimitPolicy.retrying(3, Duration.ofSeconds(5)).withFallbackWait(Duration.ofNanos(100_000)));
    if (random.nextBoolean()) {
      builder.scheduler(sharedScheduler);
    }

    Map<ConversationId, Integer> seen = new ConcurrentHashMap<>();
    Map<ConversationId, BatchOutcome> outcomes = new ConcurrentHashMap<>();
    AtomicBoolean insideSink = new AtomicBoolean();
    AtomicBoolean overlapped = new AtomicBoolean();
    AtomicBoolean closed = new AtomicBoolean();
    Stream<ConversationId> ids =
        IntStream.range(0, size).mapToObj(i -> ConversationId.of("conv_" + i)).onClose(() -> closed.set(true));

    CompletableFuture<Integer> seenAtCompletion = new CompletableFuture<>();
    BatchRun run =
        builder.build()
            .start(
                ids,
                outcome -> {
                  if (!insideSink.compareAndSet(false, true)) {
                    overlapped.set(true);
                  }
                  seen.merge(outcome.id(), 1, Integer::sum);
                  outcomes.put(outcome.id(), outcome);
                  insideSink.set(false);
                });
    run.completion().thenAccept(report -> seenAtCompletion.complete(seen.size()));
    BatchReport report = run.completion().toCompletableFuture().get(30, TimeUnit.SECONDS);

    assertEquals(size, seenAtCompletion.get(), label + ": outcomes delivered before completion");
    assertEquals(plans.keySet(), seen.keySet(), label + ": every id has an outcome");
    seen.forEach((id, count) -> assertEquals(1, count, label + ": outcomes for " + id));
    assertTrue(maxInFlight.get() <= limit, label + ": " + maxInFlight.get() + " in flight, limit " + limit);
    assertFalse(overlapped.get(), label + ": the sink was called concurrently");
    assertTrue(closed.get(), label + ": the stream was closed");

    long expectedSuccesses = 0;
    Map<FailureKind, Long> expectedFailures = new HashMap<>();
    for (Map.Entry<ConversationId, Plan> entry : plans.entrySet()) {
      ConversationId id = entry.getKey();
      BatchOutcome outcome = outcomes.get(id);
      FailureKind kind =
          switch (entry.getValue()) {
            case SUCCESS, RATE_LIMITED_THEN_SUCCESS, CONCURRENCY_REFUSED_THEN_SUCCESS -> null;
            case NOT_FOUND -> FailureKind.NOT_FOUND;
            case SERVER_ERROR -> FailureKind.SERVER_ERROR;
            case ALWAYS_RATE_LIMITED -> FailureKind.RATE_LIMITED;
          };
      if (kind == null) {
        expectedSuccesses++;
        assertTrue(outcome.isSuccess(), label + ": " + id + " should succeed");
      } else {
        expectedFailures.merge(kind, 1L, Long::sum);
        assertEquals(kind, outcome.failure().orElseThrow().kind(), label + ": " + id);
      }
      int expectedAttempts =
          switch (entry.getValue()) {
            case RATE_LIMITED_THEN_SUCCESS, CONCURRENCY_REFUSED_THEN_SUCCESS -> rateLimitsBeforeSuccess.get(id) + 1;
            case ALWAYS_RATE_LIMITED -> 3;
            default -> 1;
          };
      assertEquals(expectedAttempts, attempts.get(id).get(), label + ": calls for " + id);
    }
    assertEquals(size, report.requested(), label);
    assertEquals(expectedSuccesses, report.succeeded(), label);
    assertEquals(size - expectedSuccesses, report.failed(), label);
    for (FailureKind kind : FailureKind.values()) {
      assertEquals(expectedFailures.getOrDefault(kind, 0L), report.failureCount(kind), label + ": " + kind);
    }
    assertFalse(report.cancelled(), label);
  }
}
