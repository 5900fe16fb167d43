package dev.convai.batch;

import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.ConversationAnalysisPort;
import dev.convai.port.RateLimitedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
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
import java.util.function.Supplier;

/**
 * One running batch. Every field below the constructor's is touched only on {@link #serial}, so the
 * state machine needs no locks; the one lock guards the cancel flag against a call being started
 * at the same instant, which is what lets {@link #cancel()} promise that no call starts afterwards.
 */
final class BatchExecution implements BatchRun {

  private final ConversationAnalysisPort port;
  private final AnalysisOptions options;
  private final int concurrency;
  private final RateLimitPolicy policy;
  private final ScheduledExecutorService scheduler;
  private final boolean ownsScheduler;
  private final SerialExecutor serial;
  private final Supplier<? extends Iterator<? extends ConversationId>> source;
  private final Runnable closeSource;
  private final Consumer<? super BatchOutcome> sink;
  private final Aggregator aggregator;
  private final CompletableFuture<BatchReport> completion = new CompletableFuture<>();
  private final Object issueLock = new Object();
  private final long startNanos = System.nanoTime();

  private volatile boolean cancelled;

  private Iterator<? extends ConversationId> ids;
  private int inFlight;
  private boolean exhausted;
  private boolean finished;
  private Throwable abort;
  /** Compared by difference only: nanoTime may be negative, so 0 would not mean "not paused". */
  private long pausedUntilNanos = startNanos;
  private ScheduledFuture<?> wakeUp;
  /** Ids waiting out a rate-limit hint; they hold their concurrency slot while they wait. */
  private final Set<Retry> waiting = Collections.newSetFromMap(new IdentityHashMap<>());

  BatchExecution(
      ConversationAnalysisPort port,
      AnalysisOptions options,
      int concurrency,
      RateLimitPolicy policy,
      ScheduledExecutorService scheduler,
      boolean ownsScheduler,
      ReportLimits limits,
      Supplier<? extends Iterator<? extends ConversationId>> source,
      Runnable closeSource,
      Consumer<? super BatchOutcome> sink) {
    this.port = port;
    this.options = options;
    this.concurrency = concurrency;
    this.policy = policy;
    this.scheduler = scheduler;
    this.ownsScheduler = ownsScheduler;
    this.serial = new SerialExecutor(scheduler);
    this.source = source;
    this.closeSource = closeSource;
    this.sink = sink;
    this.aggregator = new Aggregator(limits);
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

  /** Starts calls until the limit is reached, the source ends, or the batch is paused or stopping. */
  private void pump() {
    while (!finished && !stopping() && !exhausted && inFlight < concurrency) {
      long now = System.nanoTime();
      if (now - pausedUntilNanos < 0) {
        scheduleWakeUp(pausedUntilNanos - now);
        break;
      }
      ConversationId id;
      try {
        if (!ids.hasNext()) {
          exhausted = true;
          break;
        }
        id = Objects.requireNonNull(ids.next(), "the id source returned a null id");
      } catch (RuntimeException | Error sourceFailed) {
        abort(sourceFailed);
        break;
      }
      inFlight++;
      if (!call(id, 1, Duration.ZERO)) {
        // Cancelled between the check above and the call: taken from the source, never started,
        // so it is not part of the batch (nor of the report's requested count).
        inFlight--;
        break;
      }
    }
    finishIfDone();
  }

  private boolean stopping() {
    return cancelled || abort != null;
  }

  /** Starts one call, unless the batch was cancelled; returns whether it started. */
  private boolean call(ConversationId id, int attempt, Duration waited) {
    CompletionStage<Conversation> stage;
    synchronized (issueLock) {
      if (cancelled) {
        return false;
      }
      try {
        stage = port.runAnalysis(id, options);
      } catch (RuntimeException | Error thrown) {
        brokenPort(id, thrown);
        return true;
      }
    }
    if (stage == null) {
      brokenPort(id, new NullPointerException("runAnalysis returned null"));
      return true;
    }
    stage.whenComplete(
        (conversation, error) ->
            serialExecute(() -> completed(id, attempt, waited, conversation, error)));
    return true;
  }

  private void completed(
      ConversationId id, int attempt, Duration waited, Conversation conversation, Throwable error) {
    Throwable failure = unwrap(error);
    if (failure == null) {
      if (conversation == null) {
        brokenPort(id, new NullPointerException("runAnalysis completed with null"));
      } else {
        deliver(BatchOutcome.success(id, conversation));
      }
    } else if (failure instanceof RateLimitedException) {
      rateLimited(id, attempt, waited, (RateLimitedException) failure);
    } else if (failure instanceof ConversationAnalysisException) {
      deliver(BatchOutcome.failure(id, (ConversationAnalysisException) failure));
    } else {
      brokenPort(id, failure);
    }
    pump();
  }

  private void rateLimited(ConversationId id, int attempt, Duration waited, RateLimitedException failure) {
    Duration wait = failure.retryAfter().filter(hint -> !hint.isNegative()).orElse(policy.fallbackWait());
    if (stopping() || !policy.allows(attempt, waited, wait)) {
      deliver(BatchOutcome.failure(id, failure));
      return;
    }
    // The server's hint is about the account, not this id: hold back new ids for as long too.
    long until = System.nanoTime() + wait.toNanos();
    if (until - pausedUntilNanos > 0) {
      pausedUntilNanos = until;
    }
    Retry retry = new Retry(id, attempt + 1, waited.plus(wait), failure);
    waiting.add(retry);
    retry.timer =
        scheduler.schedule(
            () -> serialExecute(() -> retryDue(retry)), wait.toNanos(), TimeUnit.NANOSECONDS);
  }

  private void retryDue(Retry retry) {
    if (!waiting.remove(retry)) {
      return; // already reported by a cancellation
    }
    if (stopping() || !call(retry.id, retry.attempt, retry.waited)) {
      deliver(BatchOutcome.failure(retry.id, retry.lastFailure));
    }
    pump();
  }

  /** Reports every id waiting for a retry with its last failure: the retries will not be made. */
  private void reportWaiting() {
    List<Retry> due = new ArrayList<>(waiting);
    waiting.clear();
    for (Retry retry : due) {
      retry.timer.cancel(false);
      deliver(BatchOutcome.failure(retry.id, retry.lastFailure));
    }
  }

  private void deliver(BatchOutcome outcome) {
    inFlight--;
    aggregator.accept(outcome);
    try {
      sink.accept(outcome);
    } catch (RuntimeException | Error sinkFailed) {
      abort(sinkFailed);
    }
  }

  private void brokenPort(ConversationId id, Throwable cause) {
    inFlight--;
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
    if (finished || inFlight > 0 || !(exhausted || stopping())) {
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
    BatchReport report =
        aggregator.report(cancelled, Duration.ofNanos(System.nanoTime() - startNanos));
    if (ownsScheduler) {
      scheduler.shutdown();
    }
    if (abort != null) {
      completion.completeExceptionally(abort);
    } else {
      completion.complete(report);
    }
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

  private static final class Retry {
    final ConversationId id;
    final int attempt;
    final Duration waited;
    final RateLimitedException lastFailure;
    ScheduledFuture<?> timer;

    Retry(ConversationId id, int attempt, Duration waited, RateLimitedException lastFailure) {
      this.id = id;
      this.attempt = attempt;
      this.waited = waited;
      this.lastFailure = lastFailure;
    }
  }
}
