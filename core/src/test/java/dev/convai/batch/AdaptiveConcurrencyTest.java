package dev.convai.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.FailureKind;
import dev.convai.port.RateLimitedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The batch against an account whose concurrency limit it is not told: an {@link AccountPort} with
 * calls of 250 ms, and the batch on a {@link VirtualScheduler}, both on one virtual clock that the
 * test moves from event to event on its own thread. Each run is the same event by event on every
 * machine, and takes milliseconds however many virtual seconds it spans.
 */
class AdaptiveConcurrencyTest {

  private static final long LATENCY = TimeUnit.MILLISECONDS.toNanos(250);

  private final VirtualScheduler time = new VirtualScheduler();
  private final List<BatchOutcome> outcomes = new CopyOnWriteArrayList<>();

  private AccountPort account(int limit) {
    return new AccountPort(time.clock(), limit, LATENCY);
  }

  private static List<ConversationId> ids(int count) {
    return IntStream.range(0, count).mapToObj(i -> ConversationId.of("conv_" + i)).toList();
  }

  private BatchAnalysisService.Builder service(AccountPort account) {
    return BatchAnalysisService.builder(account).scheduler(time).clock(time.clock());
  }

  /**
   * Runs the batch to its end, event by event: each time, the clock moves to whichever comes
   * first, the account's next call falling due or one of the batch's timers. After each call the
   * account completes, {@code afterEach} gets the number of completions so far.
   */
  private BatchReport drive(BatchRun run, AccountPort account, IntConsumer afterEach) throws Exception {
    time.runReady();
    while (!run.completion().toCompletableFuture().isDone()) {
      OptionalLong call = account.nextDue();
      OptionalLong timer = time.nextTimer();
      if (call.isEmpty() && timer.isEmpty()) {
        fail("the batch stalled with nothing in flight and nothing to wait for: " + run.progress());
      }
      if (call.isPresent() && (timer.isEmpty() || call.getAsLong() - timer.getAsLong() <= 0)) {
        time.advanceTo(call.getAsLong());
        account.completeNext();
        time.runReady();
        afterEach.accept((int) account.completed());
      } else {
        time.advanceTo(timer.getAsLong());
        time.runReady();
      }
    }
    return run.completion().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  @ParameterizedTest(name = "account limit {0}")
  @ValueSource(ints = {2, 3, 5, 12, 25, 50})
  void findsTheAccountsLimitAndKeepsItFullWithFewRefusals(int accountLimit) throws Exception {
    AccountPort account = account(accountLimit);
    int n = 400;
    BatchRun run = service(account).build().start(ids(n), outcomes::add);
    List<Integer> limitsAfterStartUp = new ArrayList<>();
    BatchReport report =
        drive(
            run,
            account,
            completed -> {
              if (completed > n / 4 && completed < 3 * n / 4) {
                limitsAfterStartUp.add(run.progress().concurrencyLimit());
              }
            });

    assertEquals(n, report.succeeded(), "every id analysed");
    String refusals = account.refusals() + " of " + account.requests() + " requests refused";
    assertTrue(account.refusals() <= 0.05 * account.requests(), refusals);
    // Between probes the limit is the account's; a probe is one above it until it is refused.
    for (int limit : limitsAfterStartUp) {
      assertTrue(limit == accountLimit || limit == accountLimit + 1, "limit " + limit + " for an account of " + accountLimit);
    }
    // Once the account was first full, the rest took no more than 1.2 times the ideal time.
    long rest = n - account.completedWhenFirstFull();
    double ideal = Math.ceil((double) rest / accountLimit) * LATENCY;
    double actual = time.now() - account.firstFullNanos();
    assertTrue(actual <= 1.2 * ideal, "after start-up: " + actual / ideal + " times the ideal");

    ConcurrencySummary summary = report.concurrency().orElseThrow();
    assertTrue(summary.adaptive());
    assertEquals(BatchAnalysisService.DEFAULT_CONCURRENCY, summary.maxConcurrency());
    assertEquals(account.requests(), summary.requests());
    assertEquals(account.refusals(), summary.concurrencyRejections());
    // Every admitted call took the same time, so the average in flight is that time's share of the batch.
    double expectedAverage = n * (double) LATENCY / report.elapsed().toNanos();
    assertEquals(expectedAverage, summary.averageInFlight(), expectedAverage * 0.01);
  }

  @Test
  void tracksTheLimitWhenItRisesAndFallsMidBatch() throws Exception {
    AccountPort account = account(3);
    int n = 700;
    List<Integer> limits = new ArrayList<>();
    BatchRun run = service(account).build().start(ids(n), outcomes::add);
    BatchReport report =
        drive(
            run,
            account,
            completed -> {
              if (completed == 150) {
                account.limit(12);
              } else if (completed == 450) {
                account.limit(2);
              }
              limits.add(run.progress().concurrencyLimit());
            });

    assertEquals(n, report.succeeded(), "every id analysed");
    assertEquals(3, limits.get(149), "found before the change");
    int raisedFoundAt = firstIndexAtLeast(limits, 12, 150);
    assertTrue(raisedFoundAt - 150 <= 160, "the raised limit was found after " + (raisedFoundAt - 150) + " completions");
    for (int i = raisedFoundAt + 40; i < 450; i++) {
      assertTrue(limits.get(i) >= 12 && limits.get(i) <= 13, "limit " + limits.get(i) + " at completion " + i);
    }
    int loweredFoundAt = firstIndexAtMost(limits, 2, 450);
    assertTrue(loweredFoundAt - 450 <= 12, "the lowered limit was found after " + (loweredFoundAt - 450) + " completions");
    for (int i = loweredFoundAt; i < n - 1; i++) {
      assertTrue(limits.get(i) >= 2 && limits.get(i) <= 3, "limit " + limits.get(i) + " at completion " + i);
    }
    ConcurrencySummary summary = report.concurrency().orElseThrow();
    assertEquals(2, summary.lowestLimit());
    assertTrue(summary.highestLimit() >= 12);
  }

  @Test
  void latencyThatRisesWithConcurrencyHoldsGrowthWhereNoRefusalWouldStopIt() throws Exception {
    // Queues calls beyond 8 instead of refusing them, as a connection pool narrower than the
    // batch does, or a server that queues: more calls in flight only wait longer.
    AccountPort account = account(1_000);
    account.workers(8);
    int n = 600;
    List<Integer> limits = new ArrayList<>();
    BatchRun run = service(account).build().start(ids(n), outcomes::add);
    BatchReport report = drive(run, account, completed -> limits.add(run.progress().concurrencyLimit()));

    assertEquals(n, report.succeeded());
    assertEquals(0, account.refusals());
    // Start-up overshoots while the first slow answers are on their way, then falls back.
    List<Integer> afterStartUp = limits.subList(150, n - 1);
    int highest = afterStartUp.stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertTrue(highest <= 20, "limit up to " + highest + " of 64 for 8 workers: " + afterStartUp);
    assertTrue(report.concurrency().orElseThrow().averageInFlight() >= 7, report.concurrency().toString());
  }

  private static int firstIndexAtLeast(List<Integer> values, int bound, int from) {
    for (int i = from; i < values.size(); i++) {
      if (values.get(i) >= bound) {
        return i;
      }
    }
    return fail("never reached " + bound);
  }

  private static int firstIndexAtMost(List<Integer> values, int bound, int from) {
    for (int i = from; i < values.size(); i++) {
      if (values.get(i) <= bound) {
        return i;
      }
    }
    return fail("never fell to " + bound);
  }

  @Test
  void noIdFailsWhileTheAccountMakesProgressHoweverOftenItIsRefused() throws Exception {
    AccountPort account = account(8);
    int n = 200;
    List<ConversationId> ids = ids(n);
    // Every tenth id is refused three times, and the account's limit jumps about, as when other
    // clients share it.
    account.refuseFirstCalls(Set.copyOf(IntStream.range(0, n).filter(i -> i % 10 == 0).mapToObj(ids::get).toList()), 3);
    // A retry budget of two calls per id would lose those ids if refusals were spent from it.
    BatchRun run =
        service(account)
            .rateLimitPolicy(RateLimitPolicy.retrying(2, Duration.ofSeconds(1)).withMaxTimeWithoutProgress(Duration.ofSeconds(2)))
            .build()
            .start(ids, outcomes::add);
    BatchReport report = drive(run, account, completed -> account.limit(completed % 20 < 10 ? 4 : 8));

    assertEquals(n, report.succeeded(), "every id analysed: " + report.failures());
    assertEquals(0, report.failed());
    assertEquals(3, account.mostRefusalsOfOneId(), "refused more often than the retry budget allows");
    assertTrue(account.refusals() >= 3 * n / 10, account.refusals() + " refusals");
  }

  @Test
  void anIdFailsForTheLimitOnlyAfterNoProgressForTheBoundAndSaysWhy() throws Exception {
    List<Long> callTimes = new CopyOnWriteArrayList<>();
    AnalysisOnlyPort refusingEverything =
        (id, options) -> {
          callTimes.add(System.nanoTime());
          return CompletableFuture.failedFuture(Failures.concurrencyLimited(id, null));
        };
    Duration bound = Duration.ofMillis(300);
    long start = System.nanoTime();
    BatchReport report =
        BatchAnalysisService.builder(refusingEverything)
            .rateLimitPolicy(
                RateLimitPolicy.retrying(2, Duration.ofSeconds(1))
                    .withFallbackWait(Duration.ofMillis(100))
                    .withMaxTimeWithoutProgress(bound))
            .build()
            .start(ids(3), outcomes::add)
            .completion()
            .toCompletableFuture()
            .get(5, TimeUnit.SECONDS);
    long elapsed = System.nanoTime() - start;

    assertEquals(3, report.failureCount(FailureKind.RATE_LIMITED));
    assertTrue(elapsed >= bound.toNanos(), "gave up after " + elapsed / 1e6 + " ms");
    // Refused with nothing in flight, the batch backs off instead of asking again at once.
    assertTrue(callTimes.size() <= 20, callTimes.size() + " calls");
    for (BatchOutcome outcome : outcomes) {
      RateLimitedException failure = assertInstanceOf(RateLimitedException.class, outcome.failure().orElseThrow());
      assertTrue(failure.isConcurrencyLimit());
      assertTrue(failure.attempts() >= 2, failure.attempts() + " attempts");
      assertTrue(
          failure.getMessage().contains("no call of the batch completed for 300 ms"), failure.getMessage());
      assertTrue(failure.getMessage().contains(outcome.id().value()), failure.getMessage());
    }
  }

  @Test
  void theAdapterIsToldToHandConcurrencyRefusalsBackOnlyWhenTheBatchAdapts() throws Exception {
    AccountPort adaptive = account(8);
    drive(service(adaptive).build().start(ids(3), outcomes::add), adaptive, completed -> {});
    assertFalse(adaptive.lastOptions().concurrencyLimitRetries());
    assertTrue(adaptive.lastOptions().retries());

    AccountPort fixed = account(8);
    drive(
        service(fixed).adaptiveConcurrency(false).concurrency(4).build().start(ids(3), outcomes::add),
        fixed,
        completed -> {});
    assertEquals(AnalysisOptions.defaults(), fixed.lastOptions());
  }

  @Test
  void withFixedConcurrencyARefusalSpendsTheRetryBudgetAsBefore() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    AnalysisOnlyPort refusingEverything =
        (id, options) -> {
          calls.incrementAndGet();
          return CompletableFuture.<Conversation>failedFuture(Failures.concurrencyLimited(id, null));
        };
    BatchReport report =
        BatchAnalysisService.builder(refusingEverything)
            .adaptiveConcurrency(false)
            .concurrency(1)
            .rateLimitPolicy(RateLimitPolicy.retrying(2, Duration.ofSeconds(1)).withFallbackWait(Duration.ofMillis(1)))
            .build()
            .start(ids(1), outcomes::add)
            .completion()
            .toCompletableFuture()
            .get(5, TimeUnit.SECONDS);
    assertEquals(2, calls.get());
    assertEquals(1, report.failureCount(FailureKind.RATE_LIMITED));
    assertFalse(report.concurrency().orElseThrow().adaptive());
    assertEquals(0, report.concurrency().orElseThrow().concurrencyRejections(), "counted only when adapting");
  }

  @Test
  void aConcurrencyRefusalWithARetryHintIsHonoured() throws Exception {
    Duration hint = Duration.ofMillis(40);
    List<Long> callTimes = new CopyOnWriteArrayList<>();
    AnalysisOnlyPort refusedOnceWithAHint =
        (id, options) -> {
          callTimes.add(System.nanoTime());
          return callTimes.size() == 1
              ? CompletableFuture.failedFuture(Failures.concurrencyLimited(id, hint))
              : CompletableFuture.completedFuture(TestConversations.of(id));
        };
    BatchReport report =
        BatchAnalysisService.builder(refusedOnceWithAHint)
            .build()
            .start(ids(1), outcomes::add)
            .completion()
            .toCompletableFuture()
            .get(5, TimeUnit.SECONDS);
    assertEquals(1, report.succeeded());
    assertEquals(2, callTimes.size());
    assertTrue(callTimes.get(1) - callTimes.get(0) >= hint.toNanos());
  }

  @Test
  void cancellingReportsIdsBackInLineWithTheirRefusal() throws Exception {
    AccountPort account = account(1);
    BatchRun run = service(account).build().start(ids(10), outcomes::add);
    time.runReady();
    assertEquals(1, account.inFlight());
    assertEquals(3, run.progress().waiting(), "the three refused of the first four wait in line");

    run.cancel();
    time.runReady();
    assertEquals(3, outcomes.size());
    for (BatchOutcome outcome : outcomes) {
      assertTrue(outcome.failure().orElseThrow() instanceof RateLimitedException);
    }
    time.advanceTo(account.nextDue().orElseThrow());
    account.completeNext();
    time.runReady();
    BatchReport report = run.completion().toCompletableFuture().get(5, TimeUnit.SECONDS);
    assertEquals(4, report.requested());
    assertEquals(1, report.succeeded());
    assertTrue(report.cancelled());
  }

  @Test
  void progressShowsTheConcurrencyInUseAndCountsTheOutcomeTheSinkIsGiven() throws Exception {
    AccountPort account = account(5);
    List<BatchProgress> seen = new CopyOnWriteArrayList<>();
    List<BatchRun> self = new ArrayList<>();
    BatchRun run =
        service(account)
            .build()
            .start(
                ids(60),
                outcome -> {
                  outcomes.add(outcome);
                  seen.add(self.get(0).progress());
                });
    self.add(run);
    drive(run, account, completed -> {});

    for (int i = 0; i < seen.size(); i++) {
      BatchProgress progress = seen.get(i);
      assertEquals(i + 1, progress.completed());
      assertTrue(progress.inFlight() <= Math.max(progress.concurrencyLimit(), 5), progress.toString());
      assertEquals(BatchAnalysisService.DEFAULT_CONCURRENCY, progress.maxConcurrency());
    }
    int limitMidway = seen.get(30).concurrencyLimit();
    assertTrue(limitMidway == 5 || limitMidway == 6, "limit " + limitMidway);
    assertEquals(60, run.progress().completed());
  }
}
