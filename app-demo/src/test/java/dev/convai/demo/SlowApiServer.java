package dev.convai.demo;

import com.sun.net.httpserver.HttpServer;
import dev.convai.adapter.http.ConversationJson;
import dev.convai.conversation.ConversationId;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A run-analysis server on 127.0.0.1 that answers each id with its demo conversation after a
 * delay, so that a demo run in another process lasts long enough to be watched or interrupted.
 */
final class SlowApiServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicInteger received = new AtomicInteger();
  private final CountDownLatch firstRequest = new CountDownLatch(1);

  private SlowApiServer(Duration delay) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext(
        "/",
        exchange -> {
          received.incrementAndGet();
          firstRequest.countDown();
          String id = URLDecoder.decode(exchange.getRequestURI().getRawPath().split("/")[4], StandardCharsets.UTF_8);
          byte[] body = ConversationJson.encode(DemoConversations.of(ConversationId.of(id))).getBytes(StandardCharsets.UTF_8);
          try {
            Thread.sleep(delay.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.getResponseHeaders().add("content-type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  /** Starts a server answering every call after {@code delay}. */
  static SlowApiServer start(Duration delay) throws IOException {
    return new SlowApiServer(delay);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  int received() {
    return received.get();
  }

  /** Waits for the first call, so a test knows the batch is under way. */
  boolean awaitFirstRequest(Duration timeout) throws InterruptedException {
    return firstRequest.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
