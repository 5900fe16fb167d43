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
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One measured run of the project's own client, or of a bare Web Client loop, against a running
 * {@link PayloadServer}, in a process of its own so that it can be set beside the generated
 * clients' runs (which need another Vert.x) and so that a cold run is really a fresh JVM.
 *
 * <pre>java -cp benchmarks.jar dev.convai.benchmarks.ClientCostRun adapter|adapter-direct|bare-dto|bare-domain HOST:PORT CONVERSATION_ID warm|cold CALLS CONCURRENCY</pre>
 *
 * <p>{@code adapter}: {@code runAnalysis} through {@link HttpConversationAnalysisAdapter} with its
 * defaults; {@code adapter-direct}: the same with {@code callbackExecutor(Runnable::run)}, so that a
 * typical body decodes and completes on the event loop as in the bare loop. {@code bare-dto}: a Web Client loop that decodes each body into the adapter's wire DTOs
 * (Jackson alone) on the event loop, the floor the target is stated against.
 * {@code bare-domain}: the same loop decoding with {@link ConversationJson} inline. A cold
 * {@code adapter} run awaits the adapter's warm-up before the first call, as a service would
 * before it reports ready; "client created to result" includes it. {@code warm}:
 * {@code -Dwarmup} (3,000) calls first, then {@code CALLS} measured; {@code cold}: the first call alone, timed, then
 * {@code CALLS} calls with {@code CONCURRENCY} in flight and no warm-up.
 */
public final class ClientCostRun {

  /** Unmeasured calls before a warm run: the system property {@code warmup}, 3,000 by default. */
  private static final int WARMUP_CALLS = Integer.getInteger("warmup", 3_000);
  private static final String API_KEY = "sk_load_run_not_a_real_key";

  private ClientCostRun() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println("usage: adapter|adapter-direct|bare-dto|bare-domain HOST:PORT CONVERSATION_ID warm|cold CALLS CONCURRENCY");
      System.exit(2);
    }
    String mode = args[0];
    String hostPort = args[1];
    ConversationId id = ConversationId.of(args[2]);
    boolean warm = args[3].equals("warm");
    int calls = Integer.parseInt(args[4]);
    int concurrency = Integer.parseInt(args[5]);

    long created = System.nanoTime();
    double warmedUpAfterMs = -1;
    AutoCloseable closer;
    Supplier<CompletionStage<?>> call;
    if (mode.equals("adapter") || mode.equals("adapter-direct")) {
      HttpConversationAnalysisAdapter.Builder builder =
          HttpConversationAnalysisAdapter.builder()
              .apiKey(API_KEY)
              .baseUrl("http://" + hostPort)
              .maxConcurrentRequests(concurrency)
              .requestTimeout(Duration.ofSeconds(60));
      if (mode.equals("adapter-direct")) {
        builder.callbackExecutor(Runnable::run);
      }
      HttpConversationAnalysisAdapter adapter = builder.build();
      call = () -> adapter.runAnalysis(id).thenApply(Conversation::transcript);
      closer = adapter;
      if (!warm) {
        // build() started the warm-up; a service would await it before it reports ready.
        adapter.warmUp().get(60, TimeUnit.SECONDS);
        warmedUpAfterMs = (System.nanoTime() - created) / 1e6;
      }
    } else if (mode.equals("bare-dto") || mode.equals("bare-domain")) {
      boolean domain = mode.equals("bare-domain");
      Vertx vertx = Vertx.vertx();
      int colon = hostPort.lastIndexOf(':');
      WebClient client =
          WebClient.create(
              vertx,
              new WebClientOptions()
                  .setDefaultHost(hostPort.substring(0, colon))
                  .setDefaultPort(Integer.parseInt(hostPort.substring(colon + 1))),
              new PoolOptions().setHttp1MaxSize(concurrency));
      String path = "/v1/convai/conversations/" + id.value() + "/analysis/run";
      call =
          () -> {
            Future<HttpResponse<Buffer>> sent =
                client.request(HttpMethod.POST, path).putHeader("xi-api-key", API_KEY).send();
            return sent.map(response -> {
                  if (response.statusCode() != 200) {
                    throw new IllegalStateException("status " + response.statusCode());
                  }
                  byte[] body = response.body().getBytes();
                  try {
                    return domain ? ConversationJson.decode(body) : WireAccess.readDto(body);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                })
                .toCompletionStage();
          };
      closer = () -> {
        client.close();
        vertx.close().await(30, TimeUnit.SECONDS);
      };
    } else {
      throw new IllegalArgumentException("unknown mode " + mode);
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
        first =
            String.format(
                Locale.ROOT,
                " first call %.1f ms (client created to result %.1f ms, JVM start to result %d ms%s)",
                (after - before) / 1e6, (after - created) / 1e6, uptime,
                warmedUpAfterMs < 0 ? "" : String.format(Locale.ROOT, ", warm-up over %.1f ms after creation", warmedUpAfterMs));
      }
      Runner.Result r = Runner.run(call, calls, concurrency);
      System.out.printf(
          Locale.ROOT,
          "%-11s %-4s conc %3d  %9.0f calls/s  p50 %7.3f ms  p99 %8.3f ms  failed %d%s%s%n",
          mode, warm ? "warm" : "cold", concurrency, r.callsPerSecond(), r.p50Ms(), r.p99Ms(), r.failed(),
          r.firstFailure().map(f -> " (first failure: " + f + ")").orElse(""), first);
    } finally {
      closer.close();
    }
  }
}
