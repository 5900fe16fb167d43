package dev.convai.compat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the ElevenLabs API on 127.0.0.1 and a free port: it answers the run-analysis
 * endpoint with a recorded response when the request carries {@link #API_KEY}, and 404 otherwise.
 * JDK only, so it adds nothing to the classpath whose compatibility a scenario checks.
 */
public final class FixtureApi implements AutoCloseable {

  /** The key the scenarios configure; any other key is answered 401. */
  public static final String API_KEY = "compat-test-key";

  private final HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  private FixtureApi(HttpServer server) {
    this.server = server;
  }

  /** Starts a server on 127.0.0.1 and a port of the system's choosing. */
  public static FixtureApi start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FixtureApi api = new FixtureApi(server);
      server.createContext("/", api::handle);
      server.start();
      return api;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URL to give the adapter's builder. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Method and raw path of every request received, in order. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  /** The bytes of a fixture file shipped with the scenarios. */
  public static byte[] fixture(String name) {
    try (InputStream in = FixtureApi.class.getResourceAsStream("/compat-fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The recorded response, for the conversation asked for (the adapter checks that it is). */
  private static byte[] runAnalysisResponse(String conversationId) {
    String recorded = new String(fixture("run-analysis-response.json"), StandardCharsets.UTF_8);
    return recorded
        .replace("\"conversation_id\": \"conversation_id\"", "\"conversation_id\": \"" + conversationId + "\"")
        .getBytes(StandardCharsets.UTF_8);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getRawPath();
      requests.add(exchange.getRequestMethod() + " " + path);
      int status;
      byte[] body;
      if (!API_KEY.equals(exchange.getRequestHeaders().getFirst("xi-api-key"))) {
        status = 401;
        body = "{\"detail\":\"invalid api key\"}".getBytes(StandardCharsets.UTF_8);
      } else if ("POST".equals(exchange.getRequestMethod())
          && path.startsWith("/v1/convai/conversations/")
          && path.endsWith("/analysis/run")) {
        status = 200;
        body = runAnalysisResponse(
            path.substring(
                "/v1/convai/conversations/".length(), path.length() - "/analysis/run".length()));
      } else {
        status = 404;
        body = "{\"detail\":\"not found\"}".getBytes(StandardCharsets.UTF_8);
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
