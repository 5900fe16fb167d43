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
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Re-runs the analysis of many conversations through a {@link ConversationAnalysisPort}.
 *
 * <pre>{@code
 * BatchAnalysisService service = BatchAnalysisService.builder(port).concurrency(8).build();
 * BatchRun run = service.start(ids, outcome -> System.out.println(outcome.id()));
 * BatchReport report = run.completion().toCompletableFuture().join();
 * }</pre>
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Ids are taken from the source one at a time, only when a slot is free, so a source of
 *       millions (a {@link Stream} over a file, say) is never held in memory. The source is read
 *       on the batch's executor, never on the caller's thread; a source that blocks delays the
 *       batch, not the caller.
 *   <li>At most {@link Builder#concurrency(int) concurrency} ids are in flight at once; an id
 *       holds its slot from its first call until its outcome has been handed to the sink,
 *       including while it waits for a rate-limit retry.
 *   <li>Every id the batch starts gets exactly one {@link BatchOutcome}, handed to the sink as
 *       soon as it is known; after a cancellation no further id is started. The sink is called one outcome at a time, never concurrently, each
 *       call happening-before the next, and all of them before {@link BatchRun#completion()}
 *       completes. It runs on the batch's executor: keep it short, since it holds up the batch.
 *   <li>A {@link dev.convai.port.RateLimitedException} is retried as the {@link RateLimitPolicy}
 *       allows, after the server's hint; while an id waits, no new id is started either. Waiting
 *       is a scheduled task, never a blocked thread.
 *   <li>The report is aggregated incrementally by an {@link Aggregator} and is bounded by the
 *       {@link ReportLimits}.
 * </ul>
 *
 * <p>A service is immutable and thread-safe; each {@link #start} is an independent batch.
 */
public final class BatchAnalysisService {

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final ConversationAnalysisPort port;
  private final int concurrency;
  private final RateLimitPolicy rateLimitPolicy;
  private final AnalysisOptions options;
  private final ReportLimits reportLimits;
  private final Optional<ScheduledExecutorService> scheduler;

  private BatchAnalysisService(Builder builder) {
    this.port = builder.port;
    this.concurrency = builder.concurrency;
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
            rateLimitPolicy,
            executor,
            scheduler.isEmpty(),
            reportLimits,
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
    private int concurrency = 4;
    private RateLimitPolicy rateLimitPolicy = RateLimitPolicy.defaults();
    private AnalysisOptions options = AnalysisOptions.defaults();
    private ReportLimits reportLimits = ReportLimits.defaults();
    private ScheduledExecutorService scheduler;

    private Builder(ConversationAnalysisPort port) {
      this.port = Objects.requireNonNull(port, "port");
    }

    /** How many ids may be in flight at once; 4 unless set. */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
      }
      this.concurrency = concurrency;
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
