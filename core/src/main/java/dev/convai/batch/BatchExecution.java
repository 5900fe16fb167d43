package dev.convai.batch;

import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.ConversationAnalysisPort;
import dev.convai.port.RateLimitedException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One running batch. Every field below the constructor's is touched only on {@link #serial}, so the
 * state machine needs no locks; the one lock guards the cancel flag against a call being started
 * at the same instant, which is what lets {@link #cancel()} promise that no call starts afterwards.
 *
 * <p>An id that has been started is in exactly one place until its outcome is delivered: in a
 * call ({@link #running}), waiting out a rate-limit hint ({@link #waiting}, holding its slot), or
 * back in line after the account refused it for its concurrency limit ({@link #inLine}, holding
 * no slot: the point is to have fewer calls in flight).
 */
final class BatchExecution implements BatchRun {

  /** The first pause when the account refuses a call while none of the batch's is in flight. */
  private static final long FIRST_IDLE_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  private final ConversationAnalysisPort port;
  private final AnalysisOptions options;
  private final int maxConcurrency;
  private final AccountLimit accountLimit;
  private final RateLimitPolicy policy;
  private final ScheduledExecutorService scheduler;
  private final boolean ownsScheduler;
  private final SerialExecutor serial;
  private final Supplier<? extends Iterator<? extends ConversationId>> source;
  private final Runnable closeSource;
  private final Consumer<? super BatchOutcome> sink;
  private final Aggregator aggregator;
  private final LongSupplier clock;
  private final CompletableFuture<BatchReport> completion = new CompletableFuture<>();
  private final Object issueLock = new Object();
  private final long startNanos;

  private volatile boolean cancelled;
  private volatile BatchProgress progress;

  private Iterator<? extends ConversationId> ids;
  private int running;
  private boolean exhausted;
  private boolean finished;
  private Throwable abort;
  /** Compared by difference only: nanoTime may be negative, so 0 would not mean "not paused". */
  private long pausedUntilNanos;
  private ScheduledFuture<?> wakeUp;
  /** Ids waiting out a rate-limit hint; they hold their concurrency slot while they wait. */
  private final Set<Work> waiting = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Ids refused for the account's concurrency limit, called again before any new id. */
  private final Deque<Work> inLine = new ArrayDeque<>();

  private long requested;
  private long succeeded;
  private long failed;
  private long requests;
  private long concurrencyRejections;
  private long lastProgressNanos;
  private int idleRefusals;
  private long inFlightNanos;
  private long inFlightSinceNanos;

  BatchExecution(
      ConversationAnalysisPort port,
      AnalysisOptions options,
      int maxConcurrency,
      boolean adaptive,
      RateLimitPolicy policy,
      ScheduledExecutorService scheduler,
      boolean ownsScheduler,
      ReportLimits limits,
      LongSupplier clock,
      Supplier<? extends Iterator<? extends ConversationId>> source,
      Runnable closeSource,
      Consumer<? super BatchOutcome> sink) {
    this.port = port;
    // The batch owns concurrency 429s: the adapter must hand them back instead of retrying them.
    this.options = adaptive ? options.withoutConcurrencyLimitRetries() : options;
    this.maxConcurrency = maxConcurrency;
    this.accountLimit = adaptive ? new AccountLimit(maxConcurrency) : null;
    this.policy = policy;
    this.scheduler = scheduler;
    this.ownsScheduler = ownsScheduler;
    this.serial = new SerialExecutor(scheduler);
    this.source = source;
    this.closeSource = closeSource;
    this.sink = sink;
    this.aggregator = new Aggregator(limits);
    this.clock = clock;
    this.startNanos = clock.getAsLong();
    this.pausedUntilNanos = startNanos;
    this.lastProgressNanos = startNanos;
    this.inFlightSinceNanos = startNanos;
    this.progress = new BatchProgress(0, 0, 0, 0, 0, limit(), maxConcurrency, 0);
  }

  void start() {
    serialExecute(
        () -> {
          ids = Objects.requireNonNull(source.get(), "the id source returned no iterator");
          pump();
        });
  }

  @Override
  public CompletionStage<BatchReport> completion() {
    // A copy, so that a caller's cancel() on the future cannot complete the batch behind its back.
    return completion.copy();
  }

  @Override
  public void cancel() {
    synchronized (issueLock) {
      if (cancelled) {
        return;
      }
      cancelled = true;
    }
    serialExecute(
        () -> {
          reportWaiting();
          pump();
        });
  }

  @Override
  public boolean isCancelled() {
    return cancelled;
  }

  @Override
  public BatchProgress progress() {
    return progress;
  }

  private int limit() {
    return accountLimit == null ? maxConcurrency : accountLimit.limit();
  }

  /** The limit at this instant, releasing paced growth that is due. */
  private int limit(long now) {
    return accountLimit == null ? maxConcurrency : accountLimit.limit(now);
  }

  /**
   * Starts calls until the limit is reached, no id is left, or the batch is paused or stopping:
   * ids back in line first, then new ids from the source.
   */
  private void pump() {
    while (!finished && !stopping()) {
      if (inLine.isEmpty() && exhausted) {
        break;
      }
      long now = clock.getAsLong();
      if (running + waiting.size() >= limit(now)) {
        // Growth still to be released wakes the batch when it is due, not only the next completion.
        if (accountLimit != null) {
          accountLimit.nextRelease().ifPresent(due -> scheduleWakeUp(Math.max(0, due - now)));
        }
        break;
      }
      if (now - pausedUntilNanos < 0) {
        scheduleWakeUp(pausedUntilNanos - now);
        break;
      }
      Work work = inLine.pollFirst();
      boolean fresh = work == null;
      if (fresh) {
        try {
          if (!ids.hasNext()) {
            exhausted = true;
            break;
          }
          work = new Work(Objects.requireNonNull(ids.next(), "the id source returned a null id"));
        } catch (RuntimeException | Error sourceFailed) {
          abort(sourceFailed);
          break;
        }
      }
      if (!call(work)) {
        if (!fresh) {
          // Started before, so it is part of the batch: it ends with the refusal it had.
          deliver(BatchOutcome.failure(work.id, work.lastFailure));
        }
        // A fresh id cancelled between the check above and the call was taken from the source but
        // never started, so it is not part of the batch (nor of the report's requested count).
        break;
      }
      if (fresh) {
        requested++;
      }
    }
    finishIfDone();
    publishProgress();
  }

  private boolean stopping() {
    return cancelled || abort != null;
  }

  /** Starts one call, unless the batch was cancelled; returns whether it started. */
  private boolean call(Work work) {
    CompletionStage<Conversation> stage;
    long startedNanos;
    int inFlightAtStart;
    synchronized (issueLock) {
      if (cancelled) {
        return false;
      }
      countInFlight();
      running++;
      requests++;
      work.calls++;
      startedNanos = clock.getAsLong();
      inFlightAtStart = running;
      try {
        stage = port.runAnalysis(work.id, options);
      } catch (RuntimeException | Error thrown) {
        countInFlight();
        running--;
        brokenPort(work.id, thrown);
        return true;
      }
    }
    if (stage == null) {
      countInFlight();
      running--;
      brokenPort(work.id, new NullPointerException("runAnalysis returned null"));
      return true;
    }
    stage.whenComplete(
        (conversation, error) ->
            serialExecute(() -> completed(work, startedNanos, inFlightAtStart, conversation, error)));
    return true;
  }

  private void completed(
      Work work, long startedNanos, int inFlightAtStart, Conversation conversation, Throwable error) {
    long now = clock.getAsLong();
    int inFlight = running;
    countInFlight();
    running--;
    Throwable failure = unwrap(error);
    if (failure == null) {
      if (conversation == null) {
        brokenPort(work.id, new NullPointerException("runAnalysis completed with null"));
      } else {
        progressed(now, now - startedNanos, inFlight, inFlightAtStart);
        deliver(BatchOutcome.success(work.id, conversation));
      }
    } else if (failure instanceof RateLimitedException) {
      rateLimited(work, (RateLimitedException) failure, now, inFlight - 1);
    } else if (failure instanceof ConversationAnalysisException) {
      progressed(now, -1, inFlight, inFlightAtStart);
      deliver(BatchOutcome.failure(work.id, (ConversationAnalysisException) failure));
    } else {
      brokenPort(work.id, failure);
    }
    pump();
  }

  /** The account answered a call with something other than a 429: it is making progress. */
  private void progressed(long now, long latencyNanos, int inFlight, int inFlightAtStart) {
    lastProgressNanos = now;
    idleRefusals = 0;
    if (accountLimit != null) {
      accountLimit.completed(latencyNanos, inFlight, inFlightAtStart);
    }
  }

  private void rateLimited(Work work, RateLimitedException failure, long now, int othersInFlight) {
    work.lastFailure = failure;
    boolean concurrency = accountLimit != null && failure.isConcurrencyLimit();
    if (concurrency) {
      concurrencyRejections++;
      accountLimit.concurrencyLimited(othersInFlight);
    }
    if (stopping()) {
      deliver(BatchOutcome.failure(work.id, failure));
      return;
    }
    if (concurrency && failure.retryAfter().isEmpty()) {
      if (othersInFlight == 0) {
        // No call of the batch holds a slot whose end would free one: the account is busy with
        // calls from elsewhere. Back off, doubling, instead of asking again at once.
        idleRefusals++;
        long backoff = FIRST_IDLE_BACKOFF_NANOS << Math.min(idleRefusals - 1, 20);
        pauseUntil(now + Math.min(backoff, policy.fallbackWait().toNanos()));
      }
      long withoutProgress = now - lastProgressNanos;
      if (withoutProgress >= policy.maxTimeWithoutProgress().toNanos()) {
        deliver(BatchOutcome.failure(work.id, gaveUp(work, failure)));
      } else {
        inLine.addLast(work);
      }
      return;
    }
    Duration wait = failure.retryAfter().filter(hint -> !hint.isNegative()).orElse(policy.fallbackWait());
    if (!policy.allows(work.retries + 1, work.waited, wait)) {
      deliver(BatchOutcome.failure(work.id, failure));
      return;
    }
    // The server's hint is about the account, not this id: hold back new ids for as long too.
    pauseUntil(now + wait.toNanos());
    work.retries++;
    work.waited = work.waited.plus(wait);
    waiting.add(work);
    work.timer =
        scheduler.schedule(
            () -> serialExecute(() -> retryDue(work)), wait.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** The failure of an id the batch stopped putting back in line, saying why. */
  private RateLimitedException gaveUp(Work work, RateLimitedException last) {
    String message =
        "Gave up on conversation "
            + work.id
            + " after "
            + work.calls
            + (work.calls == 1 ? " call" : " calls")
            + ": the account's concurrency limit was reached and no call of the batch completed for "
            + human(policy.maxTimeWithoutProgress())
            + " (last: "
            + last.getMessage()
            + ")";
    return new RateLimitedException(
        message, last.details().withAttempts(Math.max(work.calls, last.attempts())), last.retryAfter(), last.reason(), last);
  }

  private void pauseUntil(long until) {
    if (until - pausedUntilNanos > 0) {
      pausedUntilNanos = until;
    }
  }

  private void retryDue(Work work) {
    if (!waiting.remove(work)) {
      return; // already reported by a cancellation
    }
    if (stopping() || !call(work)) {
      deliver(BatchOutcome.failure(work.id, work.lastFailure));
    }
    pump();
  }

  /**
   * Reports every id waiting for a retry or for a slot with its last failure: the calls will not
   * be made.
   */
  private void reportWaiting() {
    List<Work> due = new ArrayList<>(waiting);
    waiting.clear();
    for (Work work : due) {
      work.timer.cancel(false);
      deliver(BatchOutcome.failure(work.id, work.lastFailure));
    }
    Work work;
    while ((work = inLine.pollFirst()) != null) {
      deliver(BatchOutcome.failure(work.id, work.lastFailure));
    }
  }

  private void deliver(BatchOutcome outcome) {
    if (outcome.isSuccess()) {
      succeeded++;
    } else {
      failed++;
    }
    aggregator.accept(outcome);
    publishProgress();
    try {
      sink.accept(outcome);
    } catch (RuntimeException | Error sinkFailed) {
      abort(sinkFailed);
    }
  }

  private void publishProgress() {
    progress =
        new BatchProgress(
            requested,
            succeeded,
            failed,
            running,
            waiting.size() + inLine.size(),
            limit(),
            maxConcurrency,
            concurrencyRejections);
  }

  /** Adds the time since the last change of {@link #running} to the in-flight integral. */
  private void countInFlight() {
    long now = clock.getAsLong();
    inFlightNanos += running * (now - inFlightSinceNanos);
    inFlightSinceNanos = now;
  }

  private void brokenPort(ConversationId id, Throwable cause) {
    abort(
        new IllegalStateException(
            "The port broke its contract for " + id + ": " + cause, cause));
  }

  private void abort(Throwable cause) {
    if (abort == null) {
      abort = cause;
      reportWaiting();
    } else if (abort != cause) {
      abort.addSuppressed(cause);
    }
  }

  private void scheduleWakeUp(long delayNanos) {
    if (wakeUp == null) {
      wakeUp =
          scheduler.schedule(
              () ->
                  serialExecute(
                      () -> {
                        wakeUp = null;
                        pump();
                      }),
              delayNanos,
              TimeUnit.NANOSECONDS);
    }
  }

  private void finishIfDone() {
    if (finished || running > 0 || !waiting.isEmpty() || !inLine.isEmpty() || !(exhausted || stopping())) {
      return;
    }
    finished = true;
    if (wakeUp != null) {
      wakeUp.cancel(false);
    }
    try {
      closeSource.run();
    } catch (RuntimeException | Error closeFailed) {
      abort(closeFailed);
    }
    countInFlight();
    long elapsedNanos = clock.getAsLong() - startNanos;
    BatchReport report =
        aggregator.report(cancelled, Duration.ofNanos(elapsedNanos)).withConcurrency(concurrencySummary(elapsedNanos));
    if (ownsScheduler) {
      scheduler.shutdown();
    }
    if (abort != null) {
      completion.completeExceptionally(abort);
    } else {
      completion.complete(report);
    }
  }

  private ConcurrencySummary concurrencySummary(long elapsedNanos) {
    double average = elapsedNanos <= 0 ? 0 : (double) inFlightNanos / elapsedNanos;
    return new ConcurrencySummary(
        accountLimit != null,
        maxConcurrency,
        limit(),
        accountLimit == null ? maxConcurrency : accountLimit.lowest(),
        accountLimit == null ? maxConcurrency : accountLimit.highest(),
        average,
        requests,
        concurrencyRejections);
  }

  /** Runs a step of the state machine; a bug in a step fails the batch instead of hanging it. */
  private void serialExecute(Runnable step) {
    serial.execute(
        () -> {
          try {
            step.run();
          } catch (RuntimeException | Error unexpected) {
            abort(unexpected);
            // The batch must still end: forget what cannot complete any more.
            if (!finished) {
              try {
                pump();
              } catch (RuntimeException | Error again) {
                unexpected.addSuppressed(again);
                finished = true;
                completion.completeExceptionally(unexpected);
                if (ownsScheduler) {
                  scheduler.shutdown();
                }
              }
            }
          }
        });
  }

  private static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  /** {@code 250 ms}, {@code 2 s}, {@code 1.5 min}. */
  static String human(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    return millis % 60_000 == 0 ? millis / 60_000 + " min" : String.format(Locale.ROOT, "%.1f min", millis / 60_000.0);
  }

  /** One started id: how often it was called, and what it waits for. */
  private static final class Work {
    final ConversationId id;
    int calls;
    /** Retries after a 429 that count against the {@link RateLimitPolicy}'s bounds. */
    int retries;
    Duration waited = Duration.ZERO;
    RateLimitedException lastFailure;
    ScheduledFuture<?> timer;

    Work(ConversationId id) {
      this.id = id;
    }
  }
}
