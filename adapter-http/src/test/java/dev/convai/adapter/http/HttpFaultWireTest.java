package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisTimeoutException;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.MalformedResponseException;
import dev.convai.port.ServerErrorException;
import dev.convai.port.TransportException;
import io.vertx.core.Handler;
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
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Servers that misbehave, on 127.0.0.1: every call ends as a conversation or as the right core
 * failure within its (short) deadline, and the server sees no connection left open beyond the
 * pool; a connection broken mid-exchange is not kept at all. Each case makes more calls at once
 * than the pool has connections, so a connection that leaked would starve the later calls.
 */
class HttpFaultWireTest {

  private static final String FIXTURE = "gro-dashboard-webhook-data-tamil-tool-calls.json";
  private static final ConversationId ID = ConversationId.of("conv_01jwzz3ygceg7v0te0rewn2nzj");
  private static final byte[] PAYLOAD = Fixtures.real(FIXTURE);

  private static final int POOL = 2;
  private static final int CALLS = 6;
  /** The deadline of an attempt that gets no answer: the only wait these tests make. */
  private static final Duration SHORT_DEADLINE = Duration.ofMillis(300);
  /** The deadline elsewhere: long enough for a cold, loaded machine, short of the hang guard. */
  private static final Duration DEADLINE = Duration.ofSeconds(5);
  /** A bound on waiting for the server to see connections close; only a leak reaches it. */
  private static final long CLOSE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);

  private static Vertx clientVertx;
  private FaultServer server;
  private HttpConversationAnalysisAdapter adapter;

  @BeforeAll
  static void startClientVertx() {
    clientVertx = Vertx.vertx();
  }

  @AfterAll
  static void stopClientVertx() throws Exception {
    clientVertx.close().await(10, TimeUnit.SECONDS);
  }

  @AfterEach
  void stop() {
    if (adapter != null) {
      adapter.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aGoodServerAnswersEveryCallOverThePooledConnections() {
    start(request -> json(request, 200, "application/json", PAYLOAD));

    for (Conversation conversation : successes(callAll())) {
      assertEquals(ID, conversation.conversationId());
    }

    assertTrue(server.accepted.get() <= POOL, server.accepted.get() + " connections for " + CALLS + " calls");
    assertClosedWithTheAdapter();
  }

  @Test
  void anHtml502PageIsAServerErrorAfterTheRetry() {
    byte[] page = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    start(request -> json(request, 502, "text/html", page));

    for (ConversationAnalysisException failure : failures(callAll())) {
      ServerErrorException error = assertType(ServerErrorException.class, failure);
      assertEquals(502, error.status().orElseThrow());
      assertEquals(2, error.attempts(), "a 5xx is retried once with maxRetries(1)");
      assertTrue(error.bodyExcerpt().orElseThrow().contains("502 Bad Gateway"), error.bodyExcerpt().toString());
    }

    assertTrue(server.accepted.get() <= POOL, server.accepted.get() + " connections");
    assertClosedWithTheAdapter();
  }

  @Test
  void a200WithAnHtmlPageIsMalformedAtTheRootAndNotRetried() {
    byte[] page = "<!DOCTYPE html><html><body>Maintenance</body></html>".getBytes(StandardCharsets.UTF_8);
    start(request -> json(request, 200, "text/html; charset=utf-8", page));

    for (ConversationAnalysisException failure : failures(callAll())) {
      MalformedResponseException malformed = assertType(MalformedResponseException.class, failure);
      assertEquals(200, malformed.status().orElseThrow());
      assertEquals("$", malformed.jsonPath().orElseThrow());
      assertEquals(1, malformed.attempts());
    }

    assertEquals(CALLS, server.requests.get());
    assertClosedWithTheAdapter();
  }

  @Test
  void anEmpty200IsMalformedAtTheRoot() {
    start(request -> json(request, 200, "application/json", new byte[0]));

    for (ConversationAnalysisException failure : failures(callAll())) {
      MalformedResponseException malformed = assertType(MalformedResponseException.class, failure);
      assertEquals("$", malformed.jsonPath().orElseThrow());
      assertEquals(1, malformed.attempts());
    }

    assertClosedWithTheAdapter();
  }

  @Test
  void aBodyOverTheLimitIsMalformed() {
    byte[] huge = new byte[1024 * 1024];
    Arrays.fill(huge, (byte) ' ');
    System.arraycopy(PAYLOAD, 0, huge, 0, PAYLOAD.length);
    start(request -> json(request, 200, "application/json", huge), builder -> builder.maxResponseBytes(64 * 1024));

    for (ConversationAnalysisException failure : failures(callAll())) {
      MalformedResponseException malformed = assertType(MalformedResponseException.class, failure);
      assertTrue(malformed.getMessage().contains("larger than 65536 bytes"), malformed.getMessage());
      assertEquals(1, malformed.attempts());
    }

    // Web Client reads the rest of a refused body and then reuses the connection: within the pool.
    assertClosedWithTheAdapter();
  }

  @Test
  void anEndlessBodyIsMalformedWithoutHoldingItsConnection() {
    Buffer chunk = Buffer.buffer(new byte[16 * 1024]);
    start(
        request -> {
          request.response().setChunked(true).putHeader("Content-Type", "application/json");
          // Writes until the client goes away, bounded so that a leak cannot run for ever.
          server.vertx.setPeriodic(
              1,
              id -> {
                if (request.response().closed() || request.response().bytesWritten() > 64L * 1024 * 1024) {
                  server.vertx.cancelTimer(id);
                } else {
                  request.response().write(chunk);
                }
              });
        },
        builder -> builder.maxResponseBytes(64 * 1024));

    for (ConversationAnalysisException failure : failures(callAll())) {
      MalformedResponseException malformed = assertType(MalformedResponseException.class, failure);
      assertTrue(malformed.getMessage().contains("larger than 65536 bytes"), malformed.getMessage());
    }

    awaitOpenConnections(0);
  }

  @Test
  void aServerThatNeverAnswersTimesOutAndItsConnectionsAreClosed() {
    start(request -> {}, builder -> builder.requestTimeout(SHORT_DEADLINE));

    for (ConversationAnalysisException failure : failures(callAll())) {
      AnalysisTimeoutException timeout = assertType(AnalysisTimeoutException.class, failure);
      assertEquals(SHORT_DEADLINE, timeout.timeout());
      assertEquals(1, timeout.attempts(), "a timed-out attempt is not retried");
    }

    awaitOpenConnections(0);
  }

  @Test
  void aServerThatClosesMidBodyIsATransportFailureAfterTheRetry() {
    start(
        request -> {
          request.response()
              .putHeader("Content-Type", "application/json")
              .putHeader("Content-Length", Integer.toString(PAYLOAD.length))
              .write(Buffer.buffer(Arrays.copyOf(PAYLOAD, PAYLOAD.length / 2)))
              .onComplete(written -> request.connection().close());
        });

    for (ConversationAnalysisException failure : failures(callAll())) {
      TransportException transport = assertType(TransportException.class, failure);
      assertEquals(2, transport.attempts(), "a broken connection is retried once with maxRetries(1)");
    }

    assertEquals(2 * CALLS, server.requests.get());
    awaitOpenConnections(0);
  }

  private void start(Handler<HttpServerRequest> handler) {
    start(handler, builder -> {});
  }

  private void start(Handler<HttpServerRequest> handler, Consumer<HttpConversationAnalysisAdapter.Builder> tweak) {
    server = FaultServer.start(handler);
    HttpConversationAnalysisAdapter.Builder builder =
        HttpConversationAnalysisAdapter.builder()
            .apiKey("sk_test_faults")
            .baseUrl(server.baseUrl())
            .vertx(clientVertx)
            .maxConcurrentRequests(POOL)
            .requestTimeout(DEADLINE)
            .maxRetries(1)
            .backoff(Duration.ofMillis(1), Duration.ofMillis(2));
    tweak.accept(builder);
    adapter = builder.build();
  }

  private List<CompletionStage<Conversation>> callAll() {
    List<CompletionStage<Conversation>> calls = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      calls.add(adapter.runAnalysis(ID));
    }
    return calls;
  }

  private List<Conversation> successes(List<CompletionStage<Conversation>> calls) {
    List<Conversation> conversations = new ArrayList<>();
    calls.forEach(call -> conversations.add(Outcomes.success(call)));
    assertTrue(server.open.get() <= POOL, server.open.get() + " connections open after the calls");
    return conversations;
  }

  private List<ConversationAnalysisException> failures(List<CompletionStage<Conversation>> calls) {
    List<ConversationAnalysisException> failures = new ArrayList<>();
    calls.forEach(call -> failures.add(Outcomes.failure(call)));
    assertTrue(server.open.get() <= POOL, server.open.get() + " connections open after the calls");
    return failures;
  }

  private static <T extends ConversationAnalysisException> T assertType(
      Class<T> type, ConversationAnalysisException failure) {
    if (!type.isInstance(failure)) {
      throw new AssertionError("expected " + type.getSimpleName() + ", was " + failure, failure);
    }
    return type.cast(failure);
  }

  private void assertClosedWithTheAdapter() {
    adapter.close();
    adapter = null;
    awaitOpenConnections(0);
  }

  /** Waits until the server sees at most {@code n} open connections; fails on a leak. */
  private void awaitOpenConnections(int n) {
    long until = System.nanoTime() + CLOSE_WAIT_NANOS;
    while (server.open.get() > n) {
      if (System.nanoTime() > until) {
        throw new AssertionError(server.open.get() + " connection(s) still open, expected at most " + n);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted");
      }
    }
  }

  private static void json(HttpServerRequest request, int status, String contentType, byte[] body) {
    request.response().setStatusCode(status).putHeader("Content-Type", contentType).end(Buffer.buffer(body));
  }

  /** A loopback HTTP server that counts connections as it sees them open and close. */
  private static final class FaultServer implements AutoCloseable {
    final AtomicInteger open = new AtomicInteger();
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger requests = new AtomicInteger();
    final Vertx vertx;
    private final HttpServer server;

    private FaultServer(Vertx vertx, HttpServer server) {
      this.vertx = vertx;
      this.server = server;
    }

    static FaultServer start(Handler<HttpServerRequest> handler) {
      Vertx vertx = Vertx.vertx();
      HttpServer http = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0));
      FaultServer server = new FaultServer(vertx, http);
      http.connectionHandler(
          connection -> {
            server.accepted.incrementAndGet();
            server.open.incrementAndGet();
            connection.closeHandler(v -> server.open.decrementAndGet());
          });
      http.requestHandler(
          request -> {
            server.requests.incrementAndGet();
            handler.handle(request);
          });
      try {
        http.listen().await(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        vertx.close();
        throw new IllegalStateException("the fault server did not start", e);
      }
      return server;
    }

    String baseUrl() {
      return "http://127.0.0.1:" + server.actualPort();
    }

    @Override
    public void close() {
      try {
        vertx.close().await(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        // A server that does not stop cleanly must not hide the test's own outcome.
      }
    }
  }
}
