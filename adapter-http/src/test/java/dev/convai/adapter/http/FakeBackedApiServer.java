package dev.convai.adapter.http;

import dev.convai.adapter.fake.FakeConversationAnalysisAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.convai.analysis.AnalysisScope;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.AgentId;
import dev.convai.conversation.Conversation;
import dev.convai.history.ConversationPage;
import dev.convai.history.ConversationQuery;
import dev.convai.history.ConversationSummary;
import dev.convai.history.ImmutableConversationQuery;
import dev.convai.port.AnalysisOptions;
import io.vertx.core.MultiMap;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
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
  private static final String LIST = "/v1/convai/conversations";
  private static final String SUFFIX = "/analysis/run";
  private static final String EVALUATION_SUFFIX = "/analysis/evaluations/run";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<String> evaluationBodies = new CopyOnWriteArrayList<>();

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
    if (!apiKey.equals(request.getHeader("xi-api-key"))) {
      json(request.response(), 401, "{\"detail\":\"Invalid API key\"}");
      return;
    }
    if (request.method() == HttpMethod.GET && path.equals(LIST)) {
      list(request);
      return;
    }
    if (!path.startsWith(PREFIX)) {
      json(request.response(), 404, "{\"detail\":\"Not Found\"}");
      return;
    }
    String rest = path.substring(PREFIX.length());
    String segment;
    String operation;
    if (request.method() == HttpMethod.POST && rest.endsWith(EVALUATION_SUFFIX)) {
      segment = rest.substring(0, rest.length() - EVALUATION_SUFFIX.length());
      operation = "evaluation";
    } else if (request.method() == HttpMethod.POST && rest.endsWith(SUFFIX)) {
      segment = rest.substring(0, rest.length() - SUFFIX.length());
      operation = "analysis";
    } else if (request.method() == HttpMethod.GET) {
      segment = rest;
      operation = "get";
    } else {
      json(request.response(), 404, "{\"detail\":\"Not Found\"}");
      return;
    }
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
    Context context = vertx.getOrCreateContext();
    if (operation.equals("evaluation")) {
      request.body()
          .onSuccess(
              body -> {
                evaluationBodies.add(body.toString(StandardCharsets.UTF_8));
                JsonNode json;
                try {
                  json = MAPPER.readTree(body.getBytes());
                } catch (java.io.IOException e) {
                  json(request.response(), 422, "{\"detail\":\"bad body\"}");
                  return;
                }
                String evaluationId = json.path("evaluation_id").asText("");
                CompletionStage<Conversation> stage =
                    json.has("scope")
                        ? fake.runEvaluation(id, evaluationId, AnalysisScope.of(json.get("scope").asText()), AnalysisOptions.defaults())
                        : fake.runEvaluation(id, evaluationId);
                stage.whenComplete((conversation, error) -> context.runOnContext(v -> answer(request, conversation, error)));
              });
      return;
    }
    CompletionStage<Conversation> stage = operation.equals("get") ? fake.getConversation(id) : fake.runAnalysis(id);
    stage.whenComplete((conversation, error) -> context.runOnContext(v -> answer(request, conversation, error)));
  }

  /** The listing: the parameters the fake can be asked for, the fake's page as the API's JSON. */
  private void list(HttpServerRequest request) {
    ConversationQuery query;
    try {
      ImmutableConversationQuery.Builder builder = ConversationQuery.builder();
      MultiMap params = request.params();
      Optional.ofNullable(params.get("cursor")).ifPresent(builder::cursor);
      Optional.ofNullable(params.get("page_size")).ifPresent(v -> builder.pageSize(Integer.parseInt(v)));
      Optional.ofNullable(params.get("agent_id")).ifPresent(v -> builder.agentId(AgentId.of(v)));
      Optional.ofNullable(params.get("call_successful")).ifPresent(v -> builder.callSuccessful(Verdict.of(v)));
      Optional.ofNullable(params.get("call_start_after_unix"))
          .ifPresent(v -> builder.callStartAfter(Instant.ofEpochSecond(Long.parseLong(v))));
      Optional.ofNullable(params.get("call_start_before_unix"))
          .ifPresent(v -> builder.callStartBefore(Instant.ofEpochSecond(Long.parseLong(v))));
      query = builder.build();
    } catch (RuntimeException bad) {
      json(request.response(), 422, "{\"detail\":[{\"loc\":[\"query\"],\"msg\":\"invalid\",\"type\":\"value_error\"}]}");
      return;
    }
    Context context = vertx.getOrCreateContext();
    fake.listConversations(query)
        .whenComplete(
            (page, error) ->
                context.runOnContext(
                    v -> {
                      if (error == null) {
                        request.response()
                            .setStatusCode(200)
                            .putHeader("Content-Type", "application/json")
                            .end(Buffer.buffer(pageJson(page)));
                      } else {
                        answer(request, null, error);
                      }
                    }));
  }

  /** A page in the API's JSON shape (members in the spec's order, absent ones left out). */
  static byte[] pageJson(ConversationPage page) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode conversations = root.putArray("conversations");
    for (ConversationSummary summary : page.conversations()) {
      ObjectNode item = conversations.addObject();
      item.put("agent_id", summary.agentId().value());
      summary.agentName().ifPresent(v -> item.put("agent_name", v));
      item.put("conversation_id", summary.conversationId().value());
      item.put("start_time_unix_secs", summary.startTimeUnixSecs());
      item.put("call_duration_secs", summary.callDurationSecs());
      item.put("message_count", summary.messageCount());
      item.put("status", summary.status().value());
      summary.terminationReason().ifPresent(v -> item.put("termination_reason", v));
      item.put("call_successful", summary.callSuccessful().value());
      summary.transcriptSummary().ifPresent(v -> item.put("transcript_summary", v));
      summary.callSummaryTitle().ifPresent(v -> item.put("call_summary_title", v));
      summary.mainLanguage().ifPresent(v -> item.put("main_language", v));
      summary.conversationInitiationSource().ifPresent(v -> item.put("conversation_initiation_source", v.value()));
      if (!summary.toolNames().isEmpty()) {
        ArrayNode tools = item.putArray("tool_names");
        summary.toolNames().forEach(tools::add);
      }
      if (summary.rating().isPresent()) {
        item.put("rating", summary.rating().getAsDouble());
      }
    }
    page.nextCursor().ifPresent(v -> root.put("next_cursor", v));
    root.put("has_more", page.hasMore());
    try {
      return MAPPER.writeValueAsBytes(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The bodies of the run-evaluation requests received, in order, as sent. */
  List<String> evaluationBodies() {
    return List.copyOf(evaluationBodies);
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
