package dev.convai.benchmarks;

import dev.convai.adapter.http.HttpConversationAnalysisAdapter;
import dev.convai.batch.BatchAnalysisService;
import dev.convai.batch.BatchReport;
import dev.convai.batch.ConcurrencySummary;
import dev.convai.conversation.ConversationId;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The "account limit" scenario: a batch re-analysis through {@link HttpConversationAnalysisAdapter}
 * and {@link BatchAnalysisService} against a local server on 127.0.0.1 (port 0) that behaves like
 * an account with a concurrency limit of L: it admits L analyses at once, each taking a set
 * latency, and answers every request beyond that at once with 429
 * {@code too_many_concurrent_requests} and no {@code Retry-After}, in the API's error shape. The
 * answers carry the small payload, so that decoding costs little and the run measures
 * concurrency, not CPU.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.convai.benchmarks.AccountLimitRun [ids] [latency-ms] [limit...]</pre>
 *
 * <p>For each L (default 2, 3, 5, 12, 25, 50) the same N ids (default 200) go through three
 * batches: the batch's defaults (adaptive, at most {@value BatchAnalysisService#DEFAULT_CONCURRENCY}
 * in flight), and a fixed concurrency of 4 and of 64 with the adapter's and the batch's rate-limit
 * retries, which is how every batch ran before it adapted. The adapter keeps its defaults except
 * the size of its connection pool, which is set to the batch's concurrency as the demo does
 * (never below the adapter's default of 16). Ideal wall time: N x latency / L. "After start-up"
 * starts when the server first has L analyses in flight, and its ideal is the ids not yet
 * analysed then x latency / L. Each batch is abandoned after {@link #RUN_LIMIT}.
 */
public final class AccountLimitRun {

  private static final int DEFAULT_IDS = 200;
  private static final Duration DEFAULT_LATENCY = Duration.ofMillis(250);
  private static final int[] DEFAULT_LIMITS = {2, 3, 5, 12, 25, 50};
  private static final Duration RUN_LIMIT = Duration.ofMinutes(5);
  private static final String API_KEY = "sk_account_limit_run_not_a_real_key";
  private static final int ADAPTER_DEFAULT_POOL = 16;

  private AccountLimitRun() {}

  /** One way of running the batch. */
  private enum Mode {
    ADAPTIVE("default (adaptive, ≤ 64)", 0),
    FIXED_4("fixed 4", 4),
    FIXED_64("fixed 64", 64);

    final String label;
    final int fixed;

    Mode(String label, int fixed) {
      this.label = label;
      this.fixed = fixed;
    }

    int bound() {
      return fixed == 0 ? BatchAnalysisService.DEFAULT_CONCURRENCY : fixed;
    }
  }

  public static void main(String[] args) throws Exception {
    int ids = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_IDS;
    Duration latency = args.length > 1 ? Duration.ofMillis(Long.parseLong(args[1])) : DEFAULT_LATENCY;
    int[] limits =
        args.length > 2 ? Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray() : DEFAULT_LIMITS;
    String template = new String(Payloads.Size.SMALL.bytes(), StandardCharsets.UTF_8);

    Vertx serverVertx = Vertx.vertx();
    Vertx clientVertx = Vertx.vertx();
    try {
      System.out.printf(
          Locale.ROOT,
          "Account-limit run: %d ids per batch, %d ms per analysis, payload %,d bytes (SMALL), %d CPUs, JDK %s%n",
          ids, latency.toMillis(), template.length(), Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"));
      // Loads and compiles the paths once, so that the first measured batch does not pay for it.
      run(serverVertx, clientVertx, template, 40, Duration.ofMillis(20), 5, Mode.ADAPTIVE);

      System.out.println(
          "| account limit | batch | wall | ideal | wall / ideal | after start-up: wall / ideal | 429 share of requests | ids analysed | average in flight | limit at the end |");
      System.out.println("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
      List<String> misses = new ArrayList<>();
      for (int limit : limits) {
        for (Mode mode : Mode.values()) {
          Result r = run(serverVertx, clientVertx, template, ids, latency, limit, mode);
          System.out.println(r.row());
          if (mode == Mode.ADAPTIVE) {
            r.misses().forEach(misses::add);
          }
        }
      }
      System.out.println();
      System.out.println(
          "Targets for the default batch, L from 2 to 50: after start-up wall / ideal <= 1.20,"
              + " 429 share <= 5.0 %, every id analysed.");
      if (misses.isEmpty()) {
        System.out.println("Every target met.");
      } else {
        misses.forEach(miss -> System.out.println("MISSED: " + miss));
      }
    } finally {
      clientVertx.close().await(30, TimeUnit.SECONDS);
      serverVertx.close().await(30, TimeUnit.SECONDS);
    }
  }

  private static Result run(
      Vertx serverVertx, Vertx clientVertx, String template, int n, Duration latency, int limit, Mode mode)
      throws Exception {
    AccountServer server = AccountServer.start(serverVertx, limit, latency, template);
    HttpConversationAnalysisAdapter adapter =
        HttpConversationAnalysisAdapter.builder()
            .apiKey(API_KEY)
            .baseUrl("http://127.0.0.1:" + server.port())
            .vertx(clientVertx)
            .maxConcurrentRequests(Math.max(ADAPTER_DEFAULT_POOL, mode.bound()))
            .build();
    try {
      BatchAnalysisService.Builder builder = BatchAnalysisService.builder(adapter);
      if (mode != Mode.ADAPTIVE) {
        builder.adaptiveConcurrency(false).concurrency(mode.fixed);
      }
      List<ConversationId> batch =
          IntStream.range(0, n).mapToObj(i -> ConversationId.of(String.format(Locale.ROOT, "conv_limit_run_%05d", i))).toList();
      long start = System.nanoTime();
      BatchReport report =
          builder.build().run(batch, outcome -> {}).toCompletableFuture().get(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS);
      long end = System.nanoTime();
      return new Result(limit, mode, n, latency, start, end, server, report);
    } finally {
      adapter.close();
      server.close();
    }
  }

  /** What one batch did, as the server and the report saw it. */
  private record Result(
      int limit, Mode mode, int n, Duration latency, long start, long end, AccountServer server, BatchReport report) {

    double idealSeconds() {
      return n * (latency.toNanos() / 1e9) / limit;
    }

    double wallSeconds() {
      return (end - start) / 1e9;
    }

    /** Empty when the server never had L analyses in flight. */
    double afterStartUpRatio() {
      long firstFull = server.firstFullNanos.get();
      if (firstFull < 0) {
        return Double.NaN;
      }
      long rest = n - server.completedWhenFirstFull.get();
      double ideal = rest * (latency.toNanos() / 1e9) / limit;
      return ((end - firstFull) / 1e9) / ideal;
    }

    double refusedShare() {
      long requests = server.requests.get();
      return requests == 0 ? 0 : (double) server.refused.get() / requests;
    }

    String row() {
      ConcurrencySummary concurrency = report.concurrency().orElseThrow();
      double after = afterStartUpRatio();
      return String.format(
          Locale.ROOT,
          "| %d | %s | %.2f s | %.2f s | %.2fx | %s | %.1f %% (%d of %d) | %d/%d | %.1f | %d |",
          limit,
          mode.label,
          wallSeconds(),
          idealSeconds(),
          wallSeconds() / idealSeconds(),
          Double.isNaN(after) ? "never at L" : String.format(Locale.ROOT, "%.2fx", after),
          100 * refusedShare(),
          server.refused.get(),
          server.requests.get(),
          report.succeeded(),
          n,
          concurrency.averageInFlight(),
          concurrency.finalLimit());
    }

    List<String> misses() {
      List<String> misses = new ArrayList<>();
      String at = "L=" + limit + ": ";
      double after = afterStartUpRatio();
      if (Double.isNaN(after) || after > 1.2) {
        misses.add(at + String.format(Locale.ROOT, "after start-up wall / ideal %.2f > 1.20", after));
      }
      if (refusedShare() > 0.05) {
        misses.add(at + String.format(Locale.ROOT, "429 share %.1f %% > 5.0 %%", 100 * refusedShare()));
      }
      if (report.succeeded() != n) {
        misses.add(at + report.succeeded() + " of " + n + " ids analysed");
      }
      return misses;
    }
  }

  /**
   * An account with a concurrency limit: at most {@code limit} analyses in flight, each answered
   * after {@code latency} with the payload for the requested id; every request beyond that is
   * answered at once with the API's concurrency 429. Counts what it does.
   */
  private static final class AccountServer {
    private static final String PATH_PREFIX = "/v1/convai/conversations/";

    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicLong requests = new AtomicLong();
    final AtomicLong refused = new AtomicLong();
    final AtomicLong completed = new AtomicLong();
    final AtomicLong firstFullNanos = new AtomicLong(-1);
    final AtomicLong completedWhenFirstFull = new AtomicLong();

    private final Vertx vertx;
    private final HttpServer server;
    private final int limit;
    private final long latencyMillis;
    private final String template;
    private final String templateId;
    private final Buffer refusal;

    private AccountServer(Vertx vertx, HttpServer server, int limit, Duration latency, String template) {
      this.vertx = vertx;
      this.server = server;
      this.limit = limit;
      this.latencyMillis = Math.max(1, latency.toMillis());
      this.template = template;
      this.templateId = conversationIdOf(template);
      this.refusal =
          Buffer.buffer(
              "{\"detail\":{\"status\":\"too_many_concurrent_requests\",\"message\":\"Too many concurrent"
                  + " requests. Your current subscription allows at most "
                  + limit
                  + " concurrent requests (running in parallel).\"}}");
    }

    static AccountServer start(Vertx vertx, int limit, Duration latency, String template) throws Exception {
      HttpServer http = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0));
      AccountServer server = new AccountServer(vertx, http, limit, latency, template);
      http.requestHandler(server::handle);
      http.listen().await(10, TimeUnit.SECONDS);
      return server;
    }

    private void handle(HttpServerRequest request) {
      requests.incrementAndGet();
      int now = inFlight.incrementAndGet();
      if (now > limit) {
        inFlight.decrementAndGet();
        refused.incrementAndGet();
        request.response().setStatusCode(429).putHeader("Content-Type", "application/json").end(refusal);
        return;
      }
      if (now == limit && firstFullNanos.get() < 0) {
        // The end of the batch's start-up: the account is full for the first time.
        completedWhenFirstFull.set(completed.get());
        firstFullNanos.compareAndSet(-1, System.nanoTime());
      }
      String path = request.path();
      String id = path.substring(PATH_PREFIX.length(), path.indexOf('/', PATH_PREFIX.length()));
      vertx.setTimer(
              latencyMillis,
              timer -> {
                // The slot is free before the answer leaves, as the client sees it.
                inFlight.decrementAndGet();
                completed.incrementAndGet();
                request
                    .response()
                    .putHeader("Content-Type", "application/json")
                    .end(Buffer.buffer(template.replace(templateId, id)));
              });
    }

    int port() {
      return server.actualPort();
    }

    void close() throws Exception {
      server.close().await(10, TimeUnit.SECONDS);
    }

    private static String conversationIdOf(String json) {
      String key = "\"conversation_id\":\"";
      int start = json.indexOf(key) + key.length();
      return json.substring(start, json.indexOf('"', start));
    }
  }
}
