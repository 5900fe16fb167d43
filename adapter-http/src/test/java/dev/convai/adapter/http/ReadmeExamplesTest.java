package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.json.JsonValue;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.FailureKind;
import dev.convai.port.RateLimitedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * The README's examples, run against a local server: if an API they use changes, this fails
 * before a reader finds out.
 */
class ReadmeExamplesTest {

  @Test
  void reRunTheAnalysisAndReadTheVerdicts() {
    try (TestServer server = TestServer.start()) {
      server.reply(TestServer.Reply.json(200, Fixtures.real("elevenlabs-js-wire-analysis-run-response.json")));
      try (var analysis = HttpConversationAnalysisAdapter.builder()
          .apiKey("sk_readme")
          .baseUrl(server.baseUrl())
          .requestTimeout(Duration.ofSeconds(60))
          .maxRetries(2)
          .build()) {
        Conversation conversation =
            analysis.runAnalysis(ConversationId.of("conversation_id")).toCompletableFuture().join();

        Analysis result = conversation.analysis().orElseThrow();
        List<String> lines = new ArrayList<>();
        for (CriterionResult criterion : result.criteria()) {
          lines.add(criterion.criteriaId() + ": " + criterion.result() + " - " + criterion.rationale());
        }
        assertEquals(List.of("criteria_id: success - rationale"), lines);
        assertTrue(result.failedCriteria().isEmpty());
        assertEquals(Map.of(Verdict.SUCCESS, 1L, Verdict.FAILURE, 0L, Verdict.UNKNOWN, 0L), result.verdictCounts());
        Optional<JsonValue> value = result.dataCollectionValue("key");
        assertTrue(value.isEmpty(), "the fixture's data-collection entry has no value");
        assertEquals(Verdict.SUCCESS, conversation.callSuccessful().orElseThrow());
      }
    }
  }

  @Test
  void chooseARegion() {
    try (var analysis = HttpConversationAnalysisAdapter.builder()
        .apiKey("sk_readme")
        .region(Region.EU_RESIDENCY)
        .build()) {
      assertTrue(analysis.toString().contains("api.eu.residency.elevenlabs.io"), analysis.toString());
    }
  }

  @Test
  void handleEachFailureKind() {
    try (TestServer server = TestServer.start()) {
      server.reply(TestServer.Reply.status(429, Map.of("Retry-After", "7"), "{\"detail\":\"slow down\"}"));
      try (var analysis = HttpConversationAnalysisAdapter.builder()
          .apiKey("sk_readme").baseUrl(server.baseUrl()).build()) {
        List<String> handled = new ArrayList<>();
        analysis.runAnalysis(ConversationId.of("conv_1"), AnalysisOptions.defaults().withoutRetries())
            .exceptionally(thrown -> {
              var failure = (ConversationAnalysisException)
                  (thrown instanceof CompletionException ? thrown.getCause() : thrown);
              switch (failure.kind()) {
                case RATE_LIMITED -> handled.add("retry after " + ((RateLimitedException) failure).retryAfter().orElseThrow());
                default -> handled.add("other " + failure.kind());
              }
              return null;
            })
            .toCompletableFuture().join();
        assertEquals(List.of("retry after PT7S"), handled);
        // The README's switch names twelve kinds; a new kind must be added there too.
        assertEquals(12, FailureKind.values().length);
      }
    }
  }
}
