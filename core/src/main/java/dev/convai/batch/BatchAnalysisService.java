package dev.convai.batch;

import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.ConversationAnalysisPort;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Re-runs the analysis of many conversations through a {@link ConversationAnalysisPort}.
 *
 * <pre>{@code
 * BatchAnalysisService service = BatchAnalysisService.builder(port).build();
 * BatchRun run = service.start(ids, outcome -> System.out.println(outcome.id()));
 * BatchReport report = run.completion().toCompletableFuture().join();
 * }</pre>
 *
 * <h2>Concurrency</h2>
 *
 * <p>The API limits how many requests an account may have in flight and refuses the rest at once
 * with a 429 that says so ({@link dev.convai.port.RateLimitedException#isConcurrencyLimit()}). By
 * default the batch finds that limit and keeps to it without being told, from 2 to
 * {@link Builder#concurrency(int)} (64 unless set):
 *
 * <ul>
 *   <li>it starts with 4 calls and adds one for each call that completes while all are in use,
 *       so it doubles every round trip, releasing the new calls spread over a round trip;
 *   <li>when a refusal arrives, the batch's other calls in flight are what the account admitted,
 *       and that number becomes the limit;
 *   <li>after {@code max(32, limit)} completions without a refusal it tries one call more (then
 *       2, 4, ... while those hold), so a limit raised mid-batch is found, at the cost of one
 *       refused request per probe that finds nothing;
 *   <li>growth pauses while the latency of recent calls is more than twice the lowest seen:
 *       they are queuing somewhere, for instance in an HTTP adapter's connection pool.
 * </ul>
 *
 * <p>A refused id goes back in line and is called again as soon as a slot frees, without using
 * the {@link RateLimitPolicy}'s retries; the adapter is told through
 * {@link AnalysisOptions#withoutConcurrencyLimitRetries()} to hand such refusals back instead of
 * retrying them itself. {@link BatchRun#progress()} and {@link BatchReport#concurrency()} show the
 * concurrency in use. {@link Builder#adaptiveConcurrency(boolean)} switches all this off: the
 * batch then keeps {@code concurrency} calls in flight and treats every 429 with the
 * {@link RateLimitPolicy}'s retries.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Ids are taken from the source one at a time, only when a slot is free, so a source of
 *       millions (a {@link Stream} over a file, say) is never held in memory. The source is read
 *       on the batch's executor, never on the caller's thread; a source that blocks delays the
 *       batch, not the caller.
 *   <li>At most {@link Builder#concurrency(int) concurrency} calls are in flight at once, fewer
 *       while the account's limit is lower. An id waiting for a rate-limit retry after a hint
 *       holds its slot; an id back in line after a concurrency refusal does not.
 *   <li>No id is lost to the concurrency limit: an id refused for it fails only when no call of
 *       the batch has completed for {@link RateLimitPolicy#maxTimeWithoutProgress()}, and its
 *       failure says so.
 *   <li>Every id the batch starts gets exactly one {@link BatchOutcome}, handed to the sink as
 *       soon as it is known; after a cancellation no further id is started. The sink is called
 *       one outcome at a time, never concurrently, each call happening-before the next, and all
 *       of them before {@link BatchRun#completion()} completes. It runs on the batch's executor:
 *       keep it short, since it holds up the batch.
 *   <li>Any other {@link dev.convai.port.RateLimitedException} is retried as the
 *       {@link RateLimitPolicy} allows, after the server's hint; while an id waits, no new id is
 *       started either. Waiting is a scheduled task, never a blocked thread.
 *   <li>The report is aggregated incrementally by an {@link Aggregator} and is bounded by the
 *       {@link ReportLimits}.
 * </ul>
 *
 * <p>A service is immutable and thread-safe; each {@link #start} is an independent batch.
 */
public final class BatchAnalysisService {

  /** The upper bound of the concurrency unless set: above the largest accounts' limits. */
  public static final int DEFAULT_CONCURRENCY = 64;

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final ConversationAnalysisPort port;
  private final int concurrency;
  private final boolean adaptive;
  private final RateLimitPolicy rateLimitPolicy;
  private final AnalysisOptions options;
  private final ReportLimits reportLimits;
  private final Optional<ScheduledExecutorService> scheduler;
  private final LongSupplier clock;

  private BatchAnalysisService(Builder builder) {
    this.port = builder.port;
    this.concurrency = builder.concurrency;
    this.adaptive = builder.adaptive;
    this.clock = builder.clock;
    this.rateLimitPolicy = builder.rateLimitPolicy;
    this.options = builder.options;
    this.reportLimits = builder.reportLimits;
    this.scheduler = Optional.ofNullable(builder.scheduler);
  }

  /** A builder for a service on this port. */
  public static Builder builder(ConversationAnalysisPort port) {
    return new Builder(port);
  }

  /**
   * Starts a batch over these ids and returns at once. The iterable is asked for its iterator on
   * the batch's executor; an iterator that is {@link AutoCloseable} is closed when the batch ends.
   *
   * @param ids the ids to analyse, in order; duplicates are analysed once per occurrence
   * @param sink receives each outcome as it completes
   */
  public BatchRun start(Iterable<? extends ConversationId> ids, Consumer<? super BatchOutcome> sink) {
    Objects.requireNonNull(ids, "ids");
    // Both lambdas run on the batch's serial executor, so a plain holder is enough.
    var opened = new Object() {
      Iterator<? extends ConversationId> iterator;
    };
    return start(
        () -> opened.iterator = ids.iterator(),
        () -> {
          if (opened.iterator instanceof AutoCloseable) {
            closeQuietly((AutoCloseable) opened.iterator);
          }
        },
        sink);
  }

  /**
   * Starts a batch over this stream and returns at once. The stream is consumed lazily on the
   * batch's executor and closed when the batch ends.
   *
   * @param ids the ids to analyse, in order; duplicates are analysed once per occurrence
   * @param sink receives each outcome as it completes
   */
  public BatchRun start(Stream<? extends ConversationId> ids, Consumer<? super BatchOutcome> sink) {
    Objects.requireNonNull(ids, "ids");
    return start(ids::iterator, ids::close, sink);
  }

  /** Starts a batch and returns its {@link BatchRun#completion()}, for callers that never cancel. */
  public CompletionStage<BatchReport> run(
      Iterable<? extends ConversationId> ids, Consumer<? super BatchOutcome> sink) {
    return start(ids, sink).completion();
  }

  private BatchRun start(
      Supplier<? extends Iterator<? extends ConversationId>> source,
      Runnable close,
      Consumer<? super BatchOutcome> sink) {
    Objects.requireNonNull(sink, "sink");
    ScheduledExecutorService executor = scheduler.orElseGet(BatchAnalysisService::ownedScheduler);
    BatchExecution execution =
        new BatchExecution(
            port,
            options,
            concurrency,
            adaptive,
            rateLimitPolicy,
            executor,
            scheduler.isEmpty(),
            reportLimits,
            clock,
            source,
            close,
            sink);
    execution.start();
    return execution;
  }

  /** One daemon thread per batch: the work on it is bookkeeping, the calls themselves are asynchronous. */
  private static ScheduledExecutorService ownedScheduler() {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "convai-batch-" + THREADS.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    // Shut down as the batch ends; a cancelled wake-up must not keep the thread alive.
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("Closing the id source failed", e);
    }
  }

  /** Configures a {@link BatchAnalysisService}. */
  public static final class Builder {
    private final ConversationAnalysisPort port;
    private int concurrency = DEFAULT_CONCURRENCY;
    private boolean adaptive = true;
    private LongSupplier clock = System::nanoTime;
    private RateLimitPolicy rateLimitPolicy = RateLimitPolicy.defaults();
    private AnalysisOptions options = AnalysisOptions.defaults();
    private ReportLimits reportLimits = ReportLimits.defaults();
    private ScheduledExecutorService scheduler;

    private Builder(ConversationAnalysisPort port) {
      this.port = Objects.requireNonNull(port, "port");
    }

    /**
     * The most calls in flight at once: the upper bound of the adaptive limit, or the fixed
     * concurrency when {@linkplain #adaptiveConcurrency(boolean) adaptation is off};
     * {@value BatchAnalysisService#DEFAULT_CONCURRENCY} unless set. An HTTP adapter's connection
     * pool should be at least as large, or it becomes the narrower limit.
     */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
      }
      this.concurrency = concurrency;
      return this;
    }

    /**
     * Whether the batch finds and keeps to the account's concurrency limit below
     * {@link #concurrency(int)} ({@code true} unless set), or keeps exactly that many calls in
     * flight and leaves concurrency 429s to the adapter's and the {@link RateLimitPolicy}'s
     * retries, as for any other 429.
     */
    public Builder adaptiveConcurrency(boolean adaptive) {
      this.adaptive = adaptive;
      return this;
    }

    /** The source of {@link System#nanoTime()}-like readings, for tests of time-based behaviour. */
    Builder clock(LongSupplier clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** What to do with rate-limit failures; {@link RateLimitPolicy#defaults()} unless set. */
    public Builder rateLimitPolicy(RateLimitPolicy policy) {
      this.rateLimitPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** The options of every call; {@link AnalysisOptions#defaults()} unless set. */
    public Builder options(AnalysisOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /** The caps on what reports keep; {@link ReportLimits#defaults()} unless set. */
    public Builder reportLimits(ReportLimits limits) {
      this.reportLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * The executor that runs the batches' bookkeeping, the sink and the rate-limit waits. It must
     * keep running until the batches complete; the service never shuts it down. Unless set, each
     * batch owns a single daemon thread that ends with it.
     */
    public Builder scheduler(ScheduledExecutorService scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /** The service. */
    public BatchAnalysisService build() {
      return new BatchAnalysisService(this);
    }
  }
}
