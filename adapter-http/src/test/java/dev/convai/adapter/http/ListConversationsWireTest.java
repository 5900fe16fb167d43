package dev.convai.adapter.http;

import static dev.convai.adapter.http.TestServer.Reply.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.analysis.Verdict;
import dev.convai.channel.TelephonyDirection;
import dev.convai.conversation.AgentId;
import dev.convai.conversation.ConversationId;
import dev.convai.conversation.ConversationStatus;
import dev.convai.history.ConversationPage;
import dev.convai.history.ConversationProduct;
import dev.convai.history.ConversationQuery;
import dev.convai.history.ConversationSummary;
import dev.convai.history.DataCollectionFilter;
import dev.convai.history.EvaluationFilter;
import dev.convai.history.SentimentLabel;
import dev.convai.history.SummaryMode;
import dev.convai.initiation.InitiationSource;
import dev.convai.json.JsonValue;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.InvalidRequestException;
import dev.convai.port.MalformedResponseException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conversation listing over real HTTP against a scripted server: many pages followed to a
 * cursor that ends, an empty page that still has more, a retried page, a 422 for a bad cursor,
 * every query parameter on the wire, and every member of a page decoded, unknown ones included.
 */
class ListConversationsWireTest {

  private static final int CONVERSATIONS = 250;
  private static final int PAGE = 7;
  /** The offset at which the server inserts an empty page that says there is more. */
  private static final int EMPTY_AT = 70;

  private static Vertx clientVertx;
  private TestServer server;
  private HttpConversationAnalysisAdapter adapter;

  @BeforeAll
  static void vertx() {
    clientVertx = Vertx.vertx();
  }

  @AfterAll
  static void closeVertx() throws Exception {
    clientVertx.close().await(10, TimeUnit.SECONDS);
  }

  @BeforeEach
  void start() {
    server = TestServer.start();
    adapter =
        HttpConversationAnalysisAdapter.builder()
            .apiKey("sk_test_history")
            .baseUrl(server.baseUrl())
            .vertx(clientVertx)
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
  void theStreamFollowsManyPagesThroughAnEmptyOneToTheCursorThatEnds() {
    server.fallback(ListConversationsWireTest::pagedListing);

    List<String> ids =
        adapter.conversations(ConversationQuery.builder().pageSize(PAGE).build())
            .map(summary -> summary.conversationId().value())
            .collect(Collectors.toList());

    assertEquals(expectedIds(), ids, "every conversation once, in the server's order");
    int pages = (CONVERSATIONS + PAGE - 1) / PAGE;
    assertEquals(pages + 1, server.requestCount(), "one request per page, the empty page included, none after the last");
    assertTrue(server.requests().stream().allMatch(r -> r.rawUri().startsWith("/v1/convai/conversations?")));
    assertEquals("sk_test_history", server.requests().get(0).header("xi-api-key"));
  }

  @Test
  void aPageThatFailsOnceIsRetriedAndTheStreamGoesOn() {
    server.reply(ListConversationsWireTest::pagedListing, status(503, "{\"detail\":\"busy\"}"));
    server.fallback(ListConversationsWireTest::pagedListing);

    long count = adapter.conversations(ConversationQuery.builder().pageSize(PAGE).build()).count();

    assertEquals(CONVERSATIONS, count);
  }

  @Test
  void aBadCursorIsAnInvalidRequestWithItsViolation() {
    server.fallback(
        status(422, "{\"detail\":[{\"loc\":[\"query\",\"cursor\"],\"msg\":\"Invalid cursor\",\"type\":\"value_error\"}]}"));
    ConversationQuery query = ConversationQuery.builder().cursor("stale").build();

    CompletionException wrapped =
        assertThrows(CompletionException.class, () -> adapter.listConversations(query).toCompletableFuture().join());
    InvalidRequestException failure = assertInstanceOf(InvalidRequestException.class, wrapped.getCause());
    assertEquals(List.of("query", "cursor"), failure.violations().get(0).location());
    assertEquals(1, failure.attempts(), "a 422 is not retried");
    assertThrows(InvalidRequestException.class, () -> adapter.conversations(query).findFirst());
  }

  @Test
  void aServerThatRepeatsTheCursorItWasGivenDoesNotMakeTheStreamEndless() {
    server.fallback(status(200, "{\"conversations\":[],\"has_more\":true,\"next_cursor\":\"same\"}"));

    assertThrows(
        MalformedResponseException.class,
        () -> adapter.conversations(ConversationQuery.builder().cursor("same").build()).count());
  }

  @Test
  void aPageWithoutConversationsMemberIsMalformed() {
    server.fallback(status(200, "{\"has_more\":false}"));

    CompletionException wrapped =
        assertThrows(
            CompletionException.class,
            () -> adapter.listConversations(ConversationQuery.all()).toCompletableFuture().join());
    MalformedResponseException failure = assertInstanceOf(MalformedResponseException.class, wrapped.getCause());
    assertEquals(java.util.Optional.of("$.conversations"), failure.jsonPath());
  }

  @Test
  void everyFilterIsSentAsItsParameterListFiltersRepeated() {
    server.fallback(status(200, "{\"conversations\":[],\"has_more\":false}"));
    ConversationQuery query =
        ConversationQuery.builder()
            .cursor("c1")
            .agentId(AgentId.of("agent_1"))
            .callSuccessful(Verdict.FAILURE)
            .callStartBefore(Instant.ofEpochSecond(1_767_300_000L))
            .callStartAfter(Instant.ofEpochSecond(1_767_200_000L, 1))
            .callDurationMin(Duration.ofSeconds(10))
            .callDurationMax(Duration.ofSeconds(600))
            .ratingMax(5)
            .ratingMin(2)
            .hasFeedbackComment(true)
            .userId("user 1")
            .addEvaluationFilters(EvaluationFilter.of("greeting", Verdict.SUCCESS), EvaluationFilter.of("upsell", Verdict.FAILURE))
            .addDataCollectionFilters(DataCollectionFilter.atLeast("order", "10"), DataCollectionFilter.in("topic", "a", "b"))
            .addToolNames("lookup_order", "refund")
            .addToolNamesSuccessful("lookup_order")
            .addToolNamesErrored("refund")
            .addMainLanguages("en", "de")
            .pageSize(50)
            .summaryMode(SummaryMode.INCLUDE)
            .search("refund & más")
            .initiationSource(InitiationSource.TWILIO)
            .textOnly(false)
            .productType(ConversationProduct.AGENTS)
            .branchId("branch_1")
            .addTopicIds("t1", "t2")
            .addExcludedStatuses(ConversationStatus.IN_PROGRESS, ConversationStatus.PROCESSING)
            .addTagIds("tag_1")
            .workflowNodeEnteredId("node_1")
            .addTerminationReasons("end_call tool was called.", "Client disconnected: 1000")
            .build();

    adapter.listConversations(query).toCompletableFuture().join();

    List<Map.Entry<String, String>> expected =
        List.of(
            Map.entry("cursor", "c1"),
            Map.entry("agent_id", "agent_1"),
            Map.entry("call_successful", "failure"),
            Map.entry("call_start_before_unix", "1767300000"),
            Map.entry("call_start_after_unix", "1767200001"),
            Map.entry("call_duration_min_secs", "10"),
            Map.entry("call_duration_max_secs", "600"),
            Map.entry("rating_max", "5"),
            Map.entry("rating_min", "2"),
            Map.entry("has_feedback_comment", "true"),
            Map.entry("user_id", "user 1"),
            Map.entry("evaluation_params", "greeting:success"),
            Map.entry("evaluation_params", "upsell:failure"),
            Map.entry("data_collection_params", "order:gte:10"),
            Map.entry("data_collection_params", "topic:in:a|b"),
            Map.entry("tool_names", "lookup_order"),
            Map.entry("tool_names", "refund"),
            Map.entry("tool_names_successful", "lookup_order"),
            Map.entry("tool_names_errored", "refund"),
            Map.entry("main_languages", "en"),
            Map.entry("main_languages", "de"),
            Map.entry("page_size", "50"),
            Map.entry("summary_mode", "include"),
            Map.entry("search", "refund & más"),
            Map.entry("conversation_initiation_source", "twilio"),
            Map.entry("text_only", "false"),
            Map.entry("conversation_product_type", "agents"),
            Map.entry("branch_id", "branch_1"),
            Map.entry("topic_ids", "t1"),
            Map.entry("topic_ids", "t2"),
            Map.entry("exclude_statuses", "in-progress"),
            Map.entry("exclude_statuses", "processing"),
            Map.entry("tag_ids", "tag_1"),
            Map.entry("workflow_node_entered_id", "node_1"),
            Map.entry("termination_reasons", "end_call tool was called."),
            Map.entry("termination_reasons", "Client disconnected: 1000"));
    assertEquals(expected, parameters(server.requests().get(0).rawUri()));
    assertEquals(29, expected.stream().map(Map.Entry::getKey).distinct().count(), "all 29 parameters of the endpoint");
  }

  @Test
  void everyMemberOfAPageIsDecodedAndUnknownMembersAreKeptInOrder() {
    server.fallback(
        status(
            200,
            "{\"conversations\":[{\"agent_id\":\"agent_1\",\"branch_id\":\"b\",\"version_id\":\"v\",\"agent_name\":\"Support\","
                + "\"conversation_id\":\"conv_1\",\"start_time_unix_secs\":1767225600,\"call_duration_secs\":42,"
                + "\"message_count\":9,\"status\":\"done\",\"termination_reason\":\"end\",\"call_successful\":\"success\","
                + "\"call_success_score\":0.75,\"transcript_summary\":\"sum\",\"call_summary_title\":\"title\","
                + "\"main_language\":\"en\",\"conversation_initiation_source\":\"a_new_source\",\"tool_names\":[\"t\"],"
                + "\"direction\":\"outbound\",\"rating\":4.5,\"sentiment_analysis\":{\"overall_label\":\"positive\","
                + "\"overall_sentiment_score\":0.5,\"overall_frustration_score\":0.25,\"min_user_sentiment_score\":-0.5,"
                + "\"max_user_frustration_score\":0.75,\"num_scored_user_turns\":3,\"new_score\":1},"
                + "\"zeta\":{\"nested\":[1,2]},\"alpha\":null}],"
                + "\"next_cursor\":null,\"has_more\":false,\"total\":12345678901234567890}"));

    ConversationPage page = adapter.listConversations(ConversationQuery.all()).toCompletableFuture().join();

    ConversationSummary summary = page.conversations().get(0);
    ConversationSummary expected =
        ConversationSummary.builder()
            .agentId(AgentId.of("agent_1"))
            .branchId("b")
            .versionId("v")
            .agentName("Support")
            .conversationId(ConversationId.of("conv_1"))
            .startTimeUnixSecs(1_767_225_600L)
            .callDurationSecs(42)
            .messageCount(9)
            .status(ConversationStatus.DONE)
            .terminationReason("end")
            .callSuccessful(Verdict.SUCCESS)
            .callSuccessScore(0.75)
            .transcriptSummary("sum")
            .callSummaryTitle("title")
            .mainLanguage("en")
            .conversationInitiationSource(InitiationSource.of("a_new_source"))
            .addToolName("t")
            .direction(TelephonyDirection.OUTBOUND)
            .rating(4.5)
            .sentimentAnalysis(
                dev.convai.history.SentimentAnalysis.builder()
                    .overallLabel(SentimentLabel.POSITIVE)
                    .overallSentimentScore(0.5)
                    .overallFrustrationScore(0.25)
                    .minUserSentimentScore(-0.5)
                    .maxUserFrustrationScore(0.75)
                    .numScoredUserTurns(3)
                    .putUnknownMember("new_score", JsonValue.of(1L))
                    .build())
            .putUnknownMember("zeta", JsonValue.object(Map.of("nested", JsonValue.array(List.of(JsonValue.of(1L), JsonValue.of(2L))))))
            .putUnknownMember("alpha", JsonValue.nullValue())
            .build();
    assertEquals(expected, summary);
    assertEquals(List.of("zeta", "alpha"), new ArrayList<>(summary.unknownMembers().keySet()), "arrival order");
    assertEquals(
        Map.of("total", JsonValue.of(new java.math.BigDecimal("12345678901234567890"))), page.unknownMembers(), "exact");
    assertEquals(java.util.Optional.empty(), page.next());
    assertEquals(java.util.Optional.of(Instant.parse("2026-01-01T00:00:00Z")), summary.startTime());
  }

  @Test
  void eachPageCallHasItsOwnDeadlineAndRetriesSwitch() {
    server.reply(status(503, "{\"detail\":\"busy\"}"));
    server.fallback(ListConversationsWireTest::pagedListing);

    CompletionException wrapped =
        assertThrows(
            CompletionException.class,
            () ->
                adapter.listConversations(ConversationQuery.all(), AnalysisOptions.defaults().withoutRetries())
                    .toCompletableFuture()
                    .join());

    assertInstanceOf(dev.convai.port.ServerErrorException.class, wrapped.getCause());
    assertEquals(1, server.requestCount());
  }

  private static List<String> expectedIds() {
    return IntStream.range(0, CONVERSATIONS).mapToObj(ListConversationsWireTest::id).collect(Collectors.toList());
  }

  static String id(int i) {
    return "conv_page_" + i;
  }

  /** The query parameters in the order sent, decoded. */
  private static List<Map.Entry<String, String>> parameters(String rawUri) {
    String query = rawUri.substring(rawUri.indexOf('?') + 1);
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      out.add(
          Map.entry(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
    }
    return out;
  }

  /**
   * A listing of {@value #CONVERSATIONS} conversations, {@code page_size} at a time, cursor
   * {@code o<offset>}; at offset {@value #EMPTY_AT} first an empty page that has more.
   */
  static void pagedListing(HttpServerRequest request, TestServer server) {
    String cursor = request.getParam("cursor");
    int size = Integer.parseInt(request.getParam("page_size", "30"));
    int offset = 0;
    boolean emptyDone = false;
    if (cursor != null) {
      emptyDone = cursor.endsWith("e");
      offset = Integer.parseInt(cursor.substring(1, emptyDone ? cursor.length() - 1 : cursor.length()));
    }
    StringBuilder json = new StringBuilder("{\"conversations\":[");
    if (offset == EMPTY_AT && !emptyDone) {
      json.append("],\"has_more\":true,\"next_cursor\":\"o").append(offset).append("e\"}");
    } else {
      int end = Math.min(CONVERSATIONS, offset + size);
      for (int i = offset; i < end; i++) {
        if (i > offset) {
          json.append(',');
        }
        json.append("{\"agent_id\":\"agent_1\",\"conversation_id\":\"")
            .append(id(i))
            .append("\",\"start_time_unix_secs\":")
            .append(1_767_225_600L + i)
            .append(",\"call_duration_secs\":10,\"message_count\":2,\"status\":\"done\",\"call_successful\":\"success\"}");
      }
      boolean more = end < CONVERSATIONS;
      // Pages are cut so that one of them starts exactly at the empty page's offset.
      json.append("],\"has_more\":").append(more).append(",\"next_cursor\":").append(more ? "\"o" + end + "\"" : "null").append('}');
    }
    request.response().setStatusCode(200).putHeader("Content-Type", "application/json").end(json.toString());
  }
}
