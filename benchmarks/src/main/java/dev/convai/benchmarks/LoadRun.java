package dev.convai.benchmarks;

import dev.convai.adapter.http.ConversationJson;
import dev.convai.adapter.http.HttpConversationAnalysisAdapter;
import dev.convai.adapter.http.internal.WireAccess;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The load run: {@code runAnalysis} through {@link HttpConversationAnalysisAdapter} against a
 * local Vert.x server on 127.0.0.1 (port 0) that answers every request with the same typical
 * conversation, beside a bare Web Client loop that only reads the same bytes (the transport
 * floor) and one that also decodes them inline (the floor plus the unavoidable CPU work), at
 * concurrency 1 and 64, in one process and one run.
 *
 * <pre>java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar dev.convai.benchmarks.LoadRun [calls] [concurrency...]</pre>
 *
 * <p>Prints calls/s, p50/p99 latency, heap in use after a full GC before and after each run's
 * measured calls (after its warm-up), the connections the server still sees open at the end of
 * the run and after the client is closed, and the process heap after GC at the start and the end
 * (the difference there is the one-time caches the first calls build). Bounded: a fixed number of
 * calls per run, and each run is abandoned after {@link #RUN_LIMIT}.
 */
public final class LoadRun {

  private static final int DEFAULT_CALLS = 20_000;
  private static final int[] DEFAULT_CONCURRENCY = {1, 64};
  /** Calls before each measured run, so both sides are measured compiled. */
  private static final int WARMUP_CALLS = 3_000;
  private static final Duration RUN_LIMIT = Duration.ofMinutes(5);
  private static final String API_KEY = "sk_load_run_not_a_real_key";

  private LoadRun() {}

  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_CALLS;
    int[] concurrency =
        args.length > 1
            ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
            : DEFAULT_CONCURRENCY;
    byte[] payload = Payloads.Size.TYPICAL.bytes();
    ConversationId id = ConversationJson.decode(payload).conversationId();

    Vertx serverVertx = Vertx.vertx();
    Vertx clientVertx = Vertx.vertx();
    long heapAtStart = heapAfterGc();
    try {
      LoadServer server = LoadServer.start(serverVertx, payload);
      System.out.printf(
          Locale.ROOT,
          "Load run: %,d calls per run, payload %,d bytes (%s), server on 127.0.0.1:%d, %d CPUs, JDK %s%n",
          calls, payload.length, "TYPICAL", server.port(),
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
      System.out.println(
          "mode      conc     calls/s    p50 ms    p99 ms  failed  heap before → after GC (MB)   open at end / pool   open after close");
      List<String> ratios = new ArrayList<>();
      for (int c : concurrency) {
        Result bare = runBare(clientVertx, server, id, calls, c, Decoding.NONE);
        Result bareDtos = runBare(clientVertx, server, id, calls, c, Decoding.DTOS);
        Result bareDecoding = runBare(clientVertx, server, id, calls, c, Decoding.DOMAIN);
        Result adapter = runAdapter(clientVertx, server, id, calls, c);
        print(bare);
        print(bareDtos);
        print(bareDecoding);
        print(adapter);
        ratios.add(
            String.format(
                Locale.ROOT,
                "concurrency %2d: adapter / bare = %.2f (target at 64: >= 0.80);"
                    + " adapter / bare+dto = %.2f; adapter / bare+decode = %.2f; adapter heap after / before GC = %.3f (target <= 1.10)",
                c,
                adapter.callsPerSecond / bare.callsPerSecond,
                adapter.callsPerSecond / bareDtos.callsPerSecond,
                adapter.callsPerSecond / bareDecoding.callsPerSecond,
                adapter.heapAfter / (double) adapter.heapBefore));
      }
      ratios.forEach(System.out::println);
      System.out.printf(
          Locale.ROOT,
          "process heap after GC: %.1f MB before the first call, %.1f MB after every run and close"
              + " (the difference: caches the first calls build)%n",
          heapAtStart / 1e6, heapAfterGc() / 1e6);
    } finally {
      clientVertx.close().await(30, TimeUnit.SECONDS);
      serverVertx.close().await(30, TimeUnit.SECONDS);
    }
  }

  /** What the bare loop does with each body. */
  private enum Decoding {
    /** Nothing: the transport floor. */
    NONE("bare"),
    /** Jackson into the adapter's wire DTOs, inline: what a generated client does. */
    DTOS("bare+dto"),
    /** {@code ConversationJson.decode}, inline: the floor plus the adapter's own CPU work. */
    DOMAIN("bare+dec");

    final String label;

    Decoding(String label) {
      this.label = label;
    }
  }

  /**
   * Web Client alone, each body decoded inline on the event loop as {@code decoding} says, without
   * any of the adapter's machinery.
   */
  private static Result runBare(
      Vertx vertx, LoadServer server, ConversationId id, int calls, int concurrency, Decoding decoding)
      throws Exception {
    WebClient client =
        WebClient.create(
            vertx,
            new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(server.port()),
            new PoolOptions().setHttp1MaxSize(concurrency));
    String path = "/v1/convai/conversations/" + id.value() + "/analysis/run";
    Supplier<CompletionStage<?>> call =
        () -> {
          Future<HttpResponse<Buffer>> sent =
              client.request(HttpMethod.POST, path).putHeader("xi-api-key", API_KEY).send();
          return sent.map(response -> {
                if (response.statusCode() != 200 || response.body().length() == 0) {
                  throw new IllegalStateException("status " + response.statusCode());
                }
                switch (decoding) {
                  case DTOS:
                    try {
                      return WireAccess.readDto(response.body().getBytes());
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  case DOMAIN:
                    return ConversationJson.decode(response.body().getBytes());
                  default:
                    return response.body();
                }
              })
              .toCompletionStage();
        };
    return measure(decoding.label, server, calls, concurrency, call, client::close);
  }

  private static Result runAdapter(Vertx vertx, LoadServer server, ConversationId id, int calls, int concurrency)
      throws Exception {
    HttpConversationAnalysisAdapter adapter =
        HttpConversationAnalysisAdapter.builder()
            .apiKey(API_KEY)
            .baseUrl("http://127.0.0.1:" + server.port())
            .vertx(vertx)
            .maxConcurrentRequests(concurrency)
            .requestTimeout(Duration.ofSeconds(30))
            .build();
    Supplier<CompletionStage<?>> call =
        () -> adapter.runAnalysis(id).thenApply(Conversation::transcript);
    return measure("adapter", server, calls, concurrency, call, adapter::close);
  }

  /** Warms up, then runs {@code calls} calls with {@code concurrency} in flight, and closes. */
  private static Result measure(
      String mode, LoadServer server, int calls, int concurrency, Supplier<CompletionStage<?>> call, Runnable close)
      throws Exception {
    drive(Math.min(WARMUP_CALLS, calls), concurrency, call);
    long heapBefore = heapAfterGc();
    Driven driven = drive(calls, concurrency, call);
    long heapAfter = heapAfterGc();
    int openAtEnd = server.open.get();
    close.run();
    int openAfterClose = server.awaitOpenAtMost(0, Duration.ofSeconds(10));
    return new Result(
        mode, concurrency, driven.callsPerSecond(), driven.percentileMillis(50), driven.percentileMillis(99),
        driven.failed.get(), heapBefore, heapAfter, openAtEnd, concurrency, openAfterClose);
  }

  /** Keeps {@code concurrency} calls in flight until {@code calls} have been started. */
  private static Driven drive(int calls, int concurrency, Supplier<CompletionStage<?>> call) throws Exception {
    Driven driven = new Driven(calls);
    CompletableFuture<Void> done = new CompletableFuture<>();
    long start = System.nanoTime();
    for (int i = 0; i < Math.min(concurrency, calls); i++) {
      driven.next(call, done);
    }
    try {
      done.get(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("run abandoned after " + RUN_LIMIT + ": " + driven.completed.get() + " calls done");
    }
    driven.elapsedNanos = System.nanoTime() - start;
    return driven;
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void print(Result r) {
    System.out.printf(
        Locale.ROOT,
        "%-8s %5d %11.0f %9.2f %9.2f %7d %12.1f → %-12.1f %6d / %-4d %12d%n",
        r.mode, r.concurrency, r.callsPerSecond, r.p50Millis, r.p99Millis, r.failed,
        r.heapBefore / 1e6, r.heapAfter / 1e6, r.openAtEnd, r.pool, r.openAfterClose);
  }

  /** The calls of one run: started, completed, and each one's latency. */
  private static final class Driven {
    final int total;
    final long[] latencies;
    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger completed = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicLong firstFailure = new AtomicLong();
    long elapsedNanos;

    Driven(int total) {
      this.total = total;
      this.latencies = new long[total];
    }

    /** Starts the next call, if any is left; its completion starts the one after. */
    void next(Supplier<CompletionStage<?>> call, CompletableFuture<Void> done) {
      int index = started.getAndIncrement();
      if (index >= total) {
        return;
      }
      long begin = System.nanoTime();
      CompletionStage<?> stage;
      try {
        stage = call.get();
      } catch (RuntimeException e) {
        stage = CompletableFuture.failedFuture(e);
      }
      stage.whenComplete(
          (value, failure) -> {
            latencies[index] = System.nanoTime() - begin;
            if (failure != null && failed.getAndIncrement() == 0) {
              System.err.println("first failure: " + failure);
            }
            if (completed.incrementAndGet() == total) {
              done.complete(null);
            } else {
              next(call, done);
            }
          });
    }

    double callsPerSecond() {
      return total / (elapsedNanos / 1e9);
    }

    double percentileMillis(int percentile) {
      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      int rank = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, rank)] / 1e6;
    }
  }

  private record Result(
      String mode,
      int concurrency,
      double callsPerSecond,
      double p50Millis,
      double p99Millis,
      int failed,
      long heapBefore,
      long heapAfter,
      int openAtEnd,
      int pool,
      int openAfterClose) {}

  /** Answers every request with the payload, and counts connections as it sees them. */
  private static final class LoadServer {
    final AtomicInteger open = new AtomicInteger();
    private final HttpServer server;

    private LoadServer(HttpServer server) {
      this.server = server;
    }

    static LoadServer start(Vertx vertx, byte[] payload) throws Exception {
      HttpServer http = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0));
      LoadServer server = new LoadServer(http);
      Buffer body = Buffer.buffer(payload);
      http.connectionHandler(
          connection -> {
            server.open.incrementAndGet();
            connection.closeHandler(v -> server.open.decrementAndGet());
          });
      http.requestHandler(
          request -> request.response().putHeader("Content-Type", "application/json").end(body));
      http.listen().await(10, TimeUnit.SECONDS);
      return server;
    }

    int port() {
      return server.actualPort();
    }

    /** Waits, boundedly, for the open connections to fall to {@code n}; returns what is left. */
    int awaitOpenAtMost(int n, Duration limit) throws InterruptedException {
      long until = System.nanoTime() + limit.toNanos();
      while (open.get() > n && System.nanoTime() < until) {
        Thread.sleep(10);
      }
      return open.get();
    }
  }
}
