package dev.convai.adapter.http;

import static dev.convai.adapter.http.TestServer.Reply.json;
import static dev.convai.adapter.http.TestServer.Reply.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationNotFoundException;
import dev.convai.port.MalformedResponseException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Get and run-evaluation on the wire: their paths, the key, retries and failures like runAnalysis. */
class HistoryRequestWireTest {

  private static final String BODY = "{\"conversation_id\":\"a/b c\",\"agent_id\":\"agent_1\",\"status\":\"done\"}";

  private TestServer server;
  private HttpConversationAnalysisAdapter adapter;

  @BeforeEach
  void start() {
    server = TestServer.start();
    adapter =
        HttpConversationAnalysisAdapter.builder()
            .apiKey("sk_test_history_requests")
            .baseUrl(server.baseUrl())
            .requestTimeout(Duration.ofSeconds(5))
            .backoff(Duration.ofMillis(1), Duration.ofMillis(4))
            .build();
  }

  @AfterEach
  void stop() {
    adapter.close();
    server.close();
  }

  @Test
  void getSendsTheIdAsOneEncodedSegmentWithTheKeyAndRetriesA503() {
    server.reply(status(503, "{\"detail\":\"busy\"}"), json(200, BODY.getBytes(StandardCharsets.UTF_8)));

    Conversation conversation = adapter.getConversation(ConversationId.of("a/b c")).join();

    assertEquals("a/b c", conversation.conversationId().value());
    assertEquals(2, server.requestCount());
    assertEquals("GET", server.requests().get(1).method());
    assertEquals("/v1/convai/conversations/a%2Fb%20c", server.requests().get(1).rawUri());
    assertEquals("sk_test_history_requests", server.requests().get(1).header("xi-api-key"));
  }

  @Test
  void runEvaluationPostsJsonToTheEvaluationsPath() {
    server.reply(json(200, BODY.getBytes(StandardCharsets.UTF_8)));

    adapter.runEvaluation(ConversationId.of("a/b c"), "greeting").join();

    TestServer.Recorded request = server.requests().get(0);
    assertEquals("POST", request.method());
    assertEquals("/v1/convai/conversations/a%2Fb%20c/analysis/evaluations/run", request.rawUri());
    assertEquals("application/json", request.header("content-type"));
  }

  @Test
  void aGetOfAnotherConversationThanAskedIsMalformedAndA404IsNotFound() {
    server.reply(json(200, BODY.getBytes(StandardCharsets.UTF_8)), status(404, "{\"detail\":\"Not found\"}"));

    CompletionException other =
        assertThrows(CompletionException.class, () -> adapter.getConversation(ConversationId.of("conv_other")).join());
    CompletionException missing =
        assertThrows(CompletionException.class, () -> adapter.getConversation(ConversationId.of("conv_missing")).join());

    assertInstanceOf(MalformedResponseException.class, other.getCause());
    ConversationNotFoundException notFound = assertInstanceOf(ConversationNotFoundException.class, missing.getCause());
    assertEquals(List.of(404), List.of(notFound.status().getAsInt()));
  }
}
