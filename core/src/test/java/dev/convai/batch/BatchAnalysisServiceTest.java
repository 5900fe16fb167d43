package dev.convai.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationAnalysisPort;
import dev.convai.port.FailureKind;
import dev.convai.port.RateLimitedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The batch step by step, on a port whose calls the test completes by hand and on one thread the
 * test can wait on: after {@link #settle()}, the batch has done everything the last event allows.
 */
class BatchAnalysisServiceTest {

  private ScheduledExecutorService scheduler;
  private final GatePort port = new GatePort();
  private final List<BatchOutcome> outcomes = new CopyOnWriteArrayList<>();

  @BeforeEach
  void scheduler() {
    scheduler = Executors.newSingleThreadScheduledExecutor();
  }

  @AfterEach
  void stopScheduler() {
    scheduler.shutdownNow();
  }

  private static ConversationId id(int i) {
    return ConversationId.of("conv_" + i);
  }

  private static List<ConversationId> ids(int count) {
    return IntStream.range(0, count).mapToObj(BatchAnalysisServiceTest::id).toList();
  }

  private BatchAnalysisService.Builder service(int concurrency) {
    return BatchAnalysisService.builder(port).concurrency(concurrency).scheduler(scheduler);
  }

  /** Waits until the batch's thread has run everything queued so far. */
  private void settle() throws Exception {
    scheduler.submit(() -> {}).get(5, TimeUnit.SECONDS);
  }

  private static BatchReport report(BatchRun run) throws Exception {
    return run.completion().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  @Test
  void startsNoMoreThanTheLimitAndOneMorePerCompletion() throws Exception {
    BatchRun run = service(3).build().start(ids(10), outcomes::add);
    settle();
    assertEquals(3, port.calls().size());

    port.calls().get(1).succeed();
    settle();
    assertEquals(4, port.calls().size());
    assertEquals(3, port.pending().size());
    assertEquals(List.of(id(1)), outcomes.stream().map(BatchOutcome::id).toList());

    while (!port.pending().isEmpty()) {
      port.pending().get(0).succeed();
      settle();
      assertTrue(port.pending().size() <= 3);
    }
    BatchReport report = report(run);
    assertEquals(10, report.requested());
    assertEquals(10, report.succeeded());
    assertEquals(ids(10), port.calls().stream().map(GatePort.Call::id).toList());
  }

  @Test
  void takesIdsOnlyAsSlotsFreeSoAnEndlessSourceIsFine() throws Exception {
    AtomicInteger taken = new AtomicInteger();
    Stream<ConversationId> endless = Stream.generate(() -> id(taken.getAndIncrement()));
    BatchRun run = service(2).build().start(endless, outcomes::add);
    settle();
    assertEquals(2, taken.get());

    port.pending().get(0).succeed();
    settle();
    assertEquals(3, taken.get());

    run.cancel();
    port.pending().forEach(GatePort.Call::succeed);
    BatchReport report = report(run);
    assertEquals(3, report.requested());
    assertTrue(report.cancelled());
  }

  @Test
  void cancellationStopsNewCallsAndStillReportsTheCallsInFlight() throws Exception {
    BatchRun run = service(3).build().start(ids(100), outcomes::add);
    settle();
    run.cancel();
    assertTrue(run.isCancelled());
    int callsAtCancel = port.calls().size();

    port.pending().forEach(GatePort.Call::succeed);
    BatchReport report = report(run);

    assertEquals(3, callsAtCancel);
    assertEquals(callsAtCancel, port.calls().size());
    assertEquals(3, outcomes.size());
    assertEquals(3, report.requested());
    assertEquals(3, report.succeeded());
    assertTrue(report.cancelled());
  }

  @Test
  void theSinkMayCancel() throws Exception {
    List<BatchRun> self = new ArrayList<>();
    BatchRun run =
        service(1)
            .build()
            .start(
                ids(5),
                outcome -> {
                  outcomes.add(outcome);
                  self.get(0).cancel();
                });
    self.add(run);
    settle();
    port.pending().get(0).succeed();
    settle();
    assertEquals(1, port.calls().size());
    assertEquals(1, report(run).requested());
  }

  @Test
  void outcomesReachTheSinkBeforeTheBatchCompletes() throws Exception {
    BatchRun run = service(2).build().start(ids(2), outcomes::add);
    settle();
    CompletableFuture<Integer> seenAtCompletion =
        run.completion().thenApply(report -> outcomes.size()).toCompletableFuture();
    port.calls().get(0).fail(Failures.notFound(id(0)));
    settle();
    assertFalse(seenAtCompletion.isDone());
    port.calls().get(1).succeed();
    assertEquals(2, seenAtCompletion.get(5, TimeUnit.SECONDS));
  }

  @Test
  void failuresAreOutcomesGroupedByKind() throws Exception {
    BatchRun run = service(4).build().start(ids(4), outcomes::add);
    settle();
    port.calls().get(0).fail(Failures.notFound(id(0)));
    port.calls().get(1).fail(Failures.serverError(id(1)));
    port.calls().get(2).fail(Failures.notFound(id(2)));
    port.calls().get(3).succeed();
    BatchReport report = report(run);

    assertEquals(4, report.requested());
    assertEquals(1, report.succeeded());
    assertEquals(3, report.failed());
    assertEquals(List.of(id(0), id(2)), report.failures().get(FailureKind.NOT_FOUND).ids());
    assertEquals(1, report.failureCount(FailureKind.SERVER_ERROR));
    assertFalse(report.allSucceeded());
  }

  @Test
  void duplicatesAreAnalysedOncePerOccurrence() throws Exception {
    BatchRun run = service(4).build().start(List.of(id(7), id(7), id(8)), outcomes::add);
    settle();
    port.pending().forEach(GatePort.Call::succeed);
    assertEquals(3, report(run).requested());
    assertEquals(3, port.calls().size());
  }

  @Test
  void anEmptySourceCompletesWithAnEmptyReport() throws Exception {
    BatchReport report = report(service(4).build().start(List.of(), outcomes::add));
    assertEquals(0, report.requested());
    assertTrue(report.allSucceeded());
    assertTrue(port.calls().isEmpty());
  }

  @Test
  void rateLimitedCallsAreRetriedNoSoonerThanTheHint() throws Exception {
    Duration hint = Duration.ofMillis(40);
    List<Long> callTimes = new CopyOnWriteArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    AnalysisOnlyPort rateLimitedTwice =
        (id, options) -> {
          callTimes.add(System.nanoTime());
          return calls.incrementAndGet() <= 2
              ? CompletableFuture.failedFuture(Failures.rateLimited(id, hint))
              : CompletableFuture.completedFuture(TestConversations.of(id));
        };
    BatchReport report =
        report(
            BatchAnalysisService.builder(rateLimitedTwice)
                .rateLimitPolicy(RateLimitPolicy.retrying(3, Duration.ofSeconds(1)))
                .build()
                .start(List.of(id(1)), outcomes::add));

    assertEquals(1, report.succeeded());
    assertEquals(3, callTimes.size());
    for (int i = 1; i < callTimes.size(); i++) {
      long gap = callTimes.get(i) - callTimes.get(i - 1);
      assertTrue(gap >= hint.toNanos(), "retry " + i + " came after " + gap + " ns");
    }
  }

  @Test
  void noHintMeansTheFallbackWait() throws Exception {
    List<Long> callTimes = new CopyOnWriteArrayList<>();
    AnalysisOnlyPort rateLimitedOnce =
        (id, options) -> {
          callTimes.add(System.nanoTime());
          return callTimes.size() == 1
              ? CompletableFuture.failedFuture(Failures.rateLimited(id, null))
              : CompletableFuture.completedFuture(TestConversations.of(id));
        };
    Duration fallback = Duration.ofMillis(30);
    report(
        BatchAnalysisService.builder(rateLimitedOnce)
            .rateLimitPolicy(RateLimitPolicy.retrying(2, Duration.ofSeconds(1)).withFallbackWait(fallback))
            .build()
            .start(List.of(id(1)), outcomes::add));
    assertEquals(2, callTimes.size());
    assertTrue(callTimes.get(1) - callTimes.get(0) >= fallback.toNanos());
  }

  @Test
  void retriesStopAtTheAttemptBound() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    AnalysisOnlyPort alwaysLimited =
        (id, options) -> {
          calls.incrementAndGet();
          return CompletableFuture.failedFuture(Failures.rateLimited(id, Duration.ofMillis(1)));
        };
    BatchReport report =
        report(
            BatchAnalysisService.builder(alwaysLimited)
                .rateLimitPolicy(RateLimitPolicy.retrying(3, Duration.ofSeconds(10)))
                .build()
                .start(List.of(id(1)), outcomes::add));
    assertEquals(3, calls.get());
    assertEquals(1, report.failureCount(FailureKind.RATE_LIMITED));
    assertInstanceOf(RateLimitedException.class, outcomes.get(0).failure().orElseThrow());
  }

  @Test
  void aHintBeyondTheWaitBoundIsReportedAtOnce() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    AnalysisOnlyPort limitedForAnHour =
        (id, options) -> {
          calls.incrementAndGet();
          return CompletableFuture.failedFuture(Failures.rateLimited(id, Duration.ofHours(1)));
        };
    BatchReport report =
        report(
            BatchAnalysisService.builder(limitedForAnHour)
                .rateLimitPolicy(RateLimitPolicy.retrying(5, Duration.ofMinutes(1)))
                .build()
                .start(List.of(id(1)), outcomes::add));
    assertEquals(1, calls.get());
    assertEquals(1, report.failureCount(FailureKind.RATE_LIMITED));
  }

  @Test
  void noRetriesWithThePolicyNone() throws Exception {
    BatchRun run =
        service(1).rateLimitPolicy(RateLimitPolicy.none()).build().start(List.of(id(1)), outcomes::add);
    settle();
    port.calls().get(0).fail(Failures.rateLimited(id(1), Duration.ZERO));
    assertEquals(1, report(run).failureCount(FailureKind.RATE_LIMITED));
    assertEquals(1, port.calls().size());
  }

  @Test
  void aRateLimitHoldsBackNewIdsForTheHint() throws Exception {
    BatchRun run =
        service(2)
            .rateLimitPolicy(RateLimitPolicy.retrying(2, Duration.ofHours(2)))
            .build()
            .start(ids(3), outcomes::add);
    settle();
    port.calls().get(0).fail(Failures.rateLimited(id(0), Duration.ofHours(1)));
    port.calls().get(1).succeed();
    settle();
    // A slot is free, but the server asked for an hour's pause.
    assertEquals(2, port.calls().size());
    run.cancel();
    report(run);
    assertEquals(2, port.calls().size());
  }

  @Test
  void cancellingReportsIdsWaitingForARetryWithTheirLastFailure() throws Exception {
    BatchRun run =
        service(1)
            .rateLimitPolicy(RateLimitPolicy.retrying(3, Duration.ofHours(3)))
            .build()
            .start(ids(5), outcomes::add);
    settle();
    RateLimitedException limited = Failures.rateLimited(id(0), Duration.ofHours(1));
    port.calls().get(0).fail(limited);
    settle();
    assertTrue(outcomes.isEmpty());

    run.cancel();
    BatchReport report = report(run);
    assertEquals(1, port.calls().size());
    assertSame(limited, outcomes.get(0).failure().orElseThrow());
    assertEquals(1, report.failureCount(FailureKind.RATE_LIMITED));
    assertTrue(report.cancelled());
  }

  @Test
  void aThrowingSinkFailsTheBatchAfterTheCallsInFlightAreReported() throws Exception {
    IllegalStateException broken = new IllegalStateException("sink broke");
    BatchRun run =
        service(2)
            .build()
            .start(
                ids(10),
                outcome -> {
                  outcomes.add(outcome);
                  if (outcomes.size() == 1) {
                    throw broken;
                  }
                });
    settle();
    port.calls().get(0).succeed();
    settle();
    assertFalse(run.completion().toCompletableFuture().isDone());
    port.calls().get(1).succeed();

    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> report(run));
    assertSame(broken, failure.getCause());
    assertEquals(2, port.calls().size());
    assertEquals(2, outcomes.size());
  }

  @Test
  void aPortThatThrowsFailsTheBatch() {
    AnalysisOnlyPort throwing =
        (id, options) -> {
          throw new UnsupportedOperationException("not a port failure");
        };
    BatchRun run = BatchAnalysisService.builder(throwing).build().start(ids(3), outcomes::add);
    ExecutionException failure = assertThrows(ExecutionException.class, () -> report(run));
    assertInstanceOf(IllegalStateException.class, failure.getCause());
    assertInstanceOf(UnsupportedOperationException.class, failure.getCause().getCause());
  }

  @Test
  void aPortFailingWithAForeignExceptionFailsTheBatch() {
    AnalysisOnlyPort foreign =
        (id, options) -> CompletableFuture.<Conversation>failedFuture(new ArithmeticException());
    BatchRun run = BatchAnalysisService.builder(foreign).build().start(ids(1), outcomes::add);
    ExecutionException failure = assertThrows(ExecutionException.class, () -> report(run));
    assertInstanceOf(ArithmeticException.class, failure.getCause().getCause());
    assertTrue(failure.getCause().getMessage().contains("conv_0"));
  }

  @Test
  void aFailingSourceFailsTheBatchAfterTheCallsInFlight() throws Exception {
    IllegalArgumentException badLine = new IllegalArgumentException("bad id on line 2");
    Iterator<ConversationId> source =
        new Iterator<>() {
          int next;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public ConversationId next() {
            if (next == 1) {
              throw badLine;
            }
            return id(next++);
          }
        };
    BatchRun run = service(4).build().start(() -> source, outcomes::add);
    settle();
    assertEquals(1, port.calls().size());
    port.calls().get(0).succeed();
    ExecutionException failure = assertThrows(ExecutionException.class, () -> report(run));
    assertSame(badLine, failure.getCause());
    assertEquals(1, outcomes.size());
  }

  @Test
  void cancellingTheReturnedStageDoesNotCancelTheBatch() throws Exception {
    BatchRun run = service(1).build().start(ids(1), outcomes::add);
    run.completion().toCompletableFuture().cancel(true);
    settle();
    port.pending().forEach(GatePort.Call::succeed);
    assertEquals(1, report(run).succeeded());
  }
}
