package dev.convai.adapter.http;

import dev.convai.adapter.fake.FakeConversationAnalysisAdapter;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.RateLimitedException;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * The run-analysis endpoint on 127.0.0.1, port 0, with the fake as the platform behind it: each
 * request is answered with what the fake answers for its id. A conversation goes out as
 * {@link ConversationJson} with status 200; a failure goes out as its status and body, with a
 * {@code Retry-After} header for rate limiting; a timeout is a request never answered, a transport
 * failure a closed connection, a malformed response the fake's body that breaks off under a
 * success status. Requests without the expected {@code xi-api-key} get 401.
 *
 * <p>The fake records every request, so its call counts are the requests the server received.
 */
final class FakeBackedApiServer implements AutoCloseable {

  private static final String PREFIX = "/v1/convai/conversations/";
  private static final String SUFFIX = "/analysis/run";

  private final Vertx vertx;
  private final HttpServer server;
  private final FakeConversationAnalysisAdapter fake;
  private final String apiKey;

  private FakeBackedApiServer(Vertx vertx, FakeConversationAnalysisAdapter fake, String apiKey) {
    this.vertx = vertx;
    this.fake = fake;
    this.apiKey = apiKey;
    this.server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0));
    server.requestHandler(this::handle);
  }

  /** A started server; waits up to 10 s for it to listen. */
  static FakeBackedApiServer start(FakeConversationAnalysisAdapter fake, String apiKey) {
    Vertx vertx = Vertx.vertx();
    FakeBackedApiServer api = new FakeBackedApiServer(vertx, Objects.requireNonNull(fake), Objects.requireNonNull(apiKey));
    try {
      api.server.listen().await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      vertx.close();
      throw new IllegalStateException("The fake-backed server did not start", e);
    }
    return api;
  }

  /** The base URL to give the HTTP adapter. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  /** The server's Vert.x, which an adapter may share; it outlives the adapter. */
  Vertx vertx() {
    return vertx;
  }

  private void handle(HttpServerRequest request) {
    String path = request.path();
    if (request.method() != HttpMethod.POST || !path.startsWith(PREFIX) || !path.endsWith(SUFFIX)) {
      json(request.response(), 404, "{\"detail\":\"Not Found\"}");
      return;
    }
    String segment = path.substring(PREFIX.length(), path.length() - SUFFIX.length());
    ConversationId id;
    try {
      if (segment.contains("/")) {
        throw new IllegalArgumentException("more than one segment");
      }
      id = ConversationId.of(decodeSegment(segment));
    } catch (IllegalArgumentException badId) {
      json(request.response(), 422, "{\"detail\":[{\"loc\":[\"path\",\"conversation_id\"],\"msg\":\"invalid\",\"type\":\"value_error\"}]}");
      return;
    }
    if (!apiKey.equals(request.getHeader("xi-api-key"))) {
      json(request.response(), 401, "{\"detail\":\"Invalid API key\"}");
      return;
    }
    Context context = vertx.getOrCreateContext();
    fake.runAnalysis(id)
        .whenComplete((conversation, error) -> context.runOnContext(v -> answer(request, conversation, error)));
  }

  private static void answer(HttpServerRequest request, Conversation conversation, Throwable error) {
    if (error == null) {
      request.response()
          .setStatusCode(200)
          .putHeader("Content-Type", "application/json")
          .end(Buffer.buffer(ConversationJson.encodeToBytes(conversation)));
      return;
    }
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (!(cause instanceof ConversationAnalysisException)) {
      json(request.response(), 500, "{\"detail\":\"the fake failed\"}");
      return;
    }
    ConversationAnalysisException failure = (ConversationAnalysisException) cause;
    switch (failure.kind()) {
      case TIMEOUT:
        return; // never answered: the adapter's deadline passes
      case TRANSPORT:
        request.connection().close();
        return;
      default:
        HttpServerResponse response = request.response();
        if (failure instanceof RateLimitedException) {
          ((RateLimitedException) failure)
              .retryAfter()
              .ifPresent(wait -> response.putHeader("Retry-After", Long.toString(seconds(wait))));
        }
        json(response, failure.status().orElse(500), failure.bodyExcerpt().orElse(""));
    }
  }

  private static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  private static void json(HttpServerResponse response, int status, String body) {
    response.setStatusCode(status).putHeader("Content-Type", "application/json").end(body);
  }

  /** The segment's text: {@code %XX} sequences are UTF-8 bytes, everything else stands for itself. */
  static String decodeSegment(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          throw new IllegalArgumentException("truncated escape in " + raw);
        }
        bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] literal = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(literal, 0, literal.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
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
