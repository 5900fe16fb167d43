package dev.convai.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.adapter.http.ConversationJson;
import dev.convai.conversation.ConversationId;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The command with {@code --backend http} against a local server on 127.0.0.1, never the real API:
 * ids containing "missing" are answered 404, every other id with its conversation.
 */
class HttpBackendEndToEndTest {

  private static final String KEY = "sk_e2e_only_in_the_environment";

  private record Seen(String method, String path, String key) {}

  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  /** Requests in absolute form, as a forward proxy receives them, with their proxy credentials. */
  private final List<String> proxied = new CopyOnWriteArrayList<>();
  private Vertx vertx;
  private HttpServer server;
  private String baseUrl;

  @BeforeEach
  void startServer() throws Exception {
    vertx = Vertx.vertx();
    server =
        vertx
            .createHttpServer()
            .requestHandler(
                request -> {
                  seen.add(new Seen(request.method().name(), request.path(), request.getHeader("xi-api-key")));
                  if (request.uri().startsWith("http://")) {
                    proxied.add(request.uri() + " " + request.getHeader("Proxy-Authorization"));
                  }
                  String[] segments = request.path().split("/");
                  String id = URLDecoder.decode(segments[4], StandardCharsets.UTF_8);
                  if (id.contains("missing")) {
                    request
                        .response()
                        .setStatusCode(404)
                        .putHeader("content-type", "application/json")
                        .end("{\"detail\":{\"status\":\"conversation_not_found\",\"message\":\"Conversation not found\"}}");
                  } else {
                    request
                        .response()
                        .putHeader("content-type", "application/json")
                        .end(ConversationJson.encode(DemoConversations.of(ConversationId.of(id))));
                  }
                })
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    baseUrl = "http://127.0.0.1:" + server.actualPort();
  }

  @AfterEach
  void stopServer() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private CliRun run(String... args) {
    return CliRun.run(
        new DemoEnvironment(Map.of(DemoEnvironment.API_KEY_VARIABLE, KEY), InputStream.nullInputStream(), false),
        new DefaultBackends(),
        args);
  }

  private static String json(String id) {
    return ConversationJson.encode(DemoConversations.of(ConversationId.of(id)));
  }

  @Test
  void aMissingIdFailsWithOneClearLineWhileTheOthersPrint() {
    CliRun run =
        run("analyze", "--backend", "http", "--base-url", baseUrl, "--format", "jsonl", "--concurrency", "2",
            "conv_a", "conv_missing_1", "conv_b");

    assertEquals(1, run.exitCode(), run::toString);
    assertEquals(
        Stream.of(json("conv_a"), json("conv_b")).sorted().toList(),
        run.out().lines().sorted().toList(),
        "one line per successful id, exactly as ConversationJson.encode writes it");
    List<String> failures = run.err().lines().filter(line -> line.contains(" failed: ")).toList();
    assertEquals(1, failures.size(), run::toString);
    assertTrue(failures.get(0).startsWith("conv_missing_1 failed: NOT_FOUND (HTTP 404, 1 attempt)"), failures::toString);
    assertFalse(run.err().contains("fake backend"), run::toString);

    assertEquals(3, seen.size());
    for (Seen request : seen) {
      assertEquals("POST", request.method());
      assertTrue(request.path().matches("/v1/convai/conversations/conv_[a-z_0-9]+/analysis/run"), request.path());
      assertEquals(KEY, request.key());
    }
    assertFalse(run.out().contains(KEY) || run.err().contains(KEY), "the key must never be printed");
  }

  @Test
  void jsonIsAnArrayOfTheEncodedConversations() {
    CliRun run = run("analyze", "--backend", "http", "--base-url", baseUrl, "--format", "json", "--concurrency", "1", "conv_x", "conv_y");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("[\n" + json("conv_x") + ",\n" + json("conv_y") + "\n]\n", run.out());
    assertTrue(run.err().contains("\"requested\" : 2"), run::toString);
  }

  @Test
  void idsThatNeedEscapingStayOnePathSegment() {
    CliRun run = run("analyze", "--backend", "http", "--base-url", baseUrl, "--format", "jsonl", "conv a/b?c");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(List.of(json("conv a/b?c")), run.out().lines().toList());
    assertEquals(1, seen.size());
  }

  @Test
  void proxySendsTheRequestsThroughTheProxyWithItsCredentials() {
    // This server plays the proxy: it receives the request in absolute form and answers it.
    // The base URL's port is closed, so an answer can only have come through the proxy.
    String proxy = "http://demo:pr0xy-pass@127.0.0.1:" + server.actualPort();
    CliRun run = run("analyze", "--backend", "http", "--base-url", "http://127.0.0.1:9", "--proxy", proxy, "--format", "jsonl", "conv_p");

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(List.of(json("conv_p")), run.out().lines().toList());
    String credentials = java.util.Base64.getEncoder().encodeToString("demo:pr0xy-pass".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("http://127.0.0.1:9/v1/convai/conversations/conv_p/analysis/run Basic " + credentials), proxied);
    assertFalse(run.err().contains("pr0xy-pass"), run::toString);
  }

  @Test
  void proxyWithTheFakeBackendIsAUsageError() {
    CliRun run = run("analyze", "--proxy", "http://127.0.0.1:3128", "conv_1");
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("--proxy needs --backend http"), run::toString);
  }

  @Test
  void aPlainHttpUrlToAnotherHostIsAUsageError() {
    CliRun run = run("analyze", "--backend", "http", "--base-url", "http://example.com", "conv_1");
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(seen.isEmpty());
  }

  @Test
  void anUnknownRegionIsAUsageErrorListingTheNames() {
    CliRun run = run("analyze", "--backend", "http", "--region", "mars", "conv_1");
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("eu-residency"), run::toString);
  }
}
