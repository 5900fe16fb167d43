package dev.convai.observe.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/** An HTTP server on 127.0.0.1 that answers each request with the next scripted reply. */
public final class ScriptedServer implements AutoCloseable {

  /** One scripted answer. */
  public record Reply(int status, Map<String, String> headers, byte[] body) {

    public static Reply json(int status, String body) {
      return new Reply(status, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
    }

    /** A real run-analysis response (from the official SDK's wire tests), for this conversation. */
    public static Reply analysisRun(String conversationId) {
      try (InputStream in = ScriptedServer.class.getResourceAsStream("analysis-run-response.json")) {
        String body = new String(in.readAllBytes(), StandardCharsets.UTF_8)
            .replace("\"conversation_id\": \"conversation_id\"", "\"conversation_id\": \"" + conversationId + "\"");
        return json(200, body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
  private final List<String> apiKeys = new CopyOnWriteArrayList<>();

  private ScriptedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      apiKeys.add(String.valueOf(exchange.getRequestHeaders().getFirst("xi-api-key")));
      exchange.getRequestBody().readAllBytes();
      Reply reply = replies.poll();
      if (reply == null) {
        reply = Reply.json(500, "{\"detail\":\"no reply scripted\"}");
      }
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange.sendResponseHeaders(reply.status(), reply.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    });
    server.start();
  }

  /** A server on an ephemeral port of 127.0.0.1, started. */
  public static ScriptedServer start() {
    try {
      return new ScriptedServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers the next request with {@code reply}, after the replies already scripted. */
  public ScriptedServer then(Reply reply) {
    replies.add(reply);
    return this;
  }

  /** {@code http://127.0.0.1:PORT}, for the adapter's base URL. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The {@code xi-api-key} header of each request received, in order. */
  public List<String> apiKeys() {
    return List.copyOf(apiKeys);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
