package dev.convai.benchmarks.generated;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.openapitools.jdk.api.SubpackageConversationalAiSubpackageConversationalAiConversationsSubpackageConversationalAiConversationsAnalysisApi;
import org.openapitools.vertx.ApiClient;
import org.openapitools.vertx.api.SubpackageConversationalAiSubpackageConversationalAiConversationsSubpackageConversationalAiConversationsAnalysisApiImpl;

/**
 * One measured run of a generated client against a running payload server, in a process of its
 * own (the generated Vert.x client needs Vert.x 4, the project's own client Vert.x 5).
 *
 * <pre>java -jar generated-clients.jar vertx|jdk HOST:PORT CONVERSATION_ID warm|cold CALLS CONCURRENCY</pre>
 *
 * <p>{@code warm}: {@code -Dwarmup} (3,000) calls first, then {@code CALLS} measured. {@code cold}: no warm-up; the
 * first call alone, timed from the JVM's start and from the client's creation, then {@code CALLS}
 * calls with {@code CONCURRENCY} in flight. Prints one line in the same shape as the project's own
 * client-cost run.
 */
public final class GeneratedClientRun {

  /** Unmeasured calls before a warm run: the system property {@code warmup}, 3,000 by default. */
  private static final int WARMUP_CALLS = Integer.getInteger("warmup", 3_000);
  private static final String API_KEY = "sk_load_run_not_a_real_key";

  private GeneratedClientRun() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println("usage: vertx|jdk HOST:PORT CONVERSATION_ID warm|cold CALLS CONCURRENCY");
      System.exit(2);
    }
    String kind = args[0];
    String base = "http://" + args[1];
    String id = args[2];
    boolean warm = args[3].equals("warm");
    int calls = Integer.parseInt(args[4]);
    int concurrency = Integer.parseInt(args[5]);

    long created = System.nanoTime();
    Vertx vertx = null;
    ExecutorService threads = null;
    Supplier<CompletionStage<?>> call;
    if (kind.equals("vertx")) {
      vertx = Vertx.vertx();
      ApiClient client =
          new ApiClient(vertx, new JsonObject().put("basePath", base).put("maxPoolSize", concurrency));
      var api =
          new SubpackageConversationalAiSubpackageConversationalAiConversationsSubpackageConversationalAiConversationsAnalysisApiImpl(client);
      call =
          () -> {
            Promise<Object> promise = Promise.promise();
            api.run(id, API_KEY, result -> {
              if (result.succeeded()) {
                promise.complete(result.result().getTranscript());
              } else {
                promise.fail(result.cause());
              }
            });
            return promise.future().toCompletionStage();
          };
    } else if (kind.equals("jdk")) {
      // The generated JDK client is blocking: one platform thread per call in flight.
      ExecutorService pool = Executors.newFixedThreadPool(concurrency);
      threads = pool;
      var client = new org.openapitools.jdk.ApiClient(HttpClient.newBuilder(), org.openapitools.jdk.ApiClient.createDefaultObjectMapper(), base);
      var api = new SubpackageConversationalAiSubpackageConversationalAiConversationsSubpackageConversationalAiConversationsAnalysisApi(client);
      call =
          () -> CompletableFuture.supplyAsync(() -> {
            try {
              return api.run(id, API_KEY).getTranscript();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }, pool);
    } else {
      throw new IllegalArgumentException("unknown client " + kind);
    }
    try {
      String first = "";
      if (warm) {
        Runner.run(call, WARMUP_CALLS, concurrency);
      } else {
        long before = System.nanoTime();
        call.get().toCompletableFuture().get(60, TimeUnit.SECONDS);
        long after = System.nanoTime();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        first = String.format(Locale.ROOT, " first call %.1f ms (client created to result %.1f ms, JVM start to result %d ms)",
            (after - before) / 1e6, (after - created) / 1e6, uptime);
      }
      Runner.Result r = Runner.run(call, calls, concurrency);
      System.out.printf(Locale.ROOT, "%-11s %-4s conc %3d  %9.0f calls/s  p50 %7.3f ms  p99 %8.3f ms  failed %d%s%s%n",
          "gen-" + kind, warm ? "warm" : "cold", concurrency, r.callsPerSecond(), r.p50Ms(), r.p99Ms(), r.failed(),
          r.firstFailure().map(f -> " (first failure: " + f + ")").orElse(""), first);
    } finally {
      if (vertx != null) {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      }
      if (threads != null) {
        threads.shutdownNow();
      }
    }
  }
}
