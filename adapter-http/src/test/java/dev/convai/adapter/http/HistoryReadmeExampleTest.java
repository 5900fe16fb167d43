package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convai.analysis.Verdict;
import dev.convai.conversation.AgentId;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.history.ConversationQuery;
import dev.convai.history.ConversationSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's history example, run against a local server that answers the listing, the get and
 * the run-evaluation call (the README's own snippet check only compiles it, as its server answers
 * run-analysis alone).
 */
class HistoryReadmeExampleTest {

  @Test
  void findPastConversationsKeepTheBaselineAndReRunOneEvaluation() {
    byte[] conversationJson = Fixtures.real("elevenlabs-js-wire-analysis-run-response.json");
    try (TestServer server = TestServer.start()) {
      server.reply(
          TestServer.Reply.status(
              200,
              "{\"conversations\":[{\"agent_id\":\"agent_01jwwmjdzzecpbk0j5jd1348cx\","
                  + "\"conversation_id\":\"conversation_id\",\"start_time_unix_secs\":1772409600,"
                  + "\"call_duration_secs\":30,\"message_count\":4,\"status\":\"done\",\"call_successful\":\"failure\"}],"
                  + "\"has_more\":false}"),
          TestServer.Reply.json(200, conversationJson),
          TestServer.Reply.json(200, conversationJson));
      try (var api = HttpConversationAnalysisAdapter.builder().apiKey("sk_readme").baseUrl(server.baseUrl()).build()) {
        ConversationQuery failedSinceMonday = ConversationQuery.builder()
            .agentId(AgentId.of("agent_01jwwmjdzzecpbk0j5jd1348cx"))
            .callStartAfter(Instant.parse("2026-03-02T00:00:00Z"))
            .callSuccessful(Verdict.FAILURE)
            .build();
        List<ConversationId> ids = api.conversations(failedSinceMonday)
            .map(ConversationSummary::conversationId)
            .toList();
        List<String> lines = new ArrayList<>();
        for (ConversationId id : ids) {
          Conversation baseline = api.getConversation(id).toCompletableFuture().join();
          Conversation rerun = api.runEvaluation(id, "issue_resolved").toCompletableFuture().join();
          lines.add(id + ": " + baseline.callSuccessful() + " -> " + rerun.callSuccessful());
        }

        assertEquals(List.of("conversation_id: Optional[success] -> Optional[success]"), lines);
        List<String> requests =
            server.requests().stream().map(r -> r.method() + " " + r.rawUri()).toList();
        assertEquals(
            List.of(
                "GET /v1/convai/conversations?agent_id=agent_01jwwmjdzzecpbk0j5jd1348cx&call_successful=failure"
                    + "&call_start_after_unix=1772409600",
                "GET /v1/convai/conversations/conversation_id",
                "POST /v1/convai/conversations/conversation_id/analysis/evaluations/run"),
            requests);
      }
    }
  }
}
