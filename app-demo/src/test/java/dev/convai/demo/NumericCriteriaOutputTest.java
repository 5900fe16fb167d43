package dev.convai.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.convai.analysis.Analysis;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.ScoringMode;
import dev.convai.analysis.Verdict;
import dev.convai.batch.Aggregator;
import dev.convai.batch.BatchOutcome;
import dev.convai.batch.BatchReport;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Criteria scored with a number: their score in the table, their mean score in the report. */
class NumericCriteriaOutputTest {

  private static Conversation withEmpathy(String id, long score) {
    Conversation base = DemoConversations.of(ConversationId.of(id));
    Analysis analysis = base.analysis().orElseThrow();
    CriterionResult empathy =
        CriterionResult.builder()
            .criteriaId("empathy")
            .result(score >= 5 ? Verdict.SUCCESS : Verdict.FAILURE)
            .rationale("Acknowledged the problem.")
            .scoringMode(ScoringMode.NUMERIC_UNIFORM)
            .score(score)
            .maxScore(10)
            .build();
    return Conversation.builder()
        .from(base)
        .analysis(Analysis.builder().from(analysis).putEvaluationCriteriaResult("empathy", empathy).build())
        .build();
  }

  private static BatchReport report(Conversation... conversations) {
    Aggregator aggregator = new Aggregator();
    for (Conversation conversation : conversations) {
      aggregator.accept(BatchOutcome.success(conversation.conversationId(), conversation));
    }
    return aggregator.report();
  }

  @Test
  void theTableShowsTheScoreOfANumericCriterionAndNoneForTheOthers() {
    StringWriter text = new StringWriter();
    TableWriter table = new TableWriter(new PrintWriter(text, true));

    table.write(withEmpathy("conv_1", 7));

    assertTrue(text.toString().contains("[pass] empathy (7/10): Acknowledged the problem."), text.toString());
    assertTrue(text.toString().contains("[pass] greeting: Greeted by name."), text.toString());
  }

  @Test
  void theTextReportHasAMeanScoreColumnOnlyWhenACriterionIsScored() {
    StringWriter scored = new StringWriter();
    ReportWriter.writeText(report(withEmpathy("conv_1", 7), withEmpathy("conv_2", 2), withEmpathy("conv_3", 4)), new PrintWriter(scored, true));
    StringWriter unscored = new StringWriter();
    ReportWriter.writeText(report(DemoConversations.of(ConversationId.of("conv_1"))), new PrintWriter(unscored, true));

    List<String> lines = scored.toString().lines().toList();
    assertTrue(lines.stream().anyMatch(line -> line.endsWith("mean score")), scored.toString());
    // (7 + 2 + 4) / 3 = 4.333...
    assertTrue(lines.stream().anyMatch(line -> line.trim().startsWith("empathy") && line.endsWith("4.33 / 10")), scored.toString());
    assertTrue(lines.stream().anyMatch(line -> line.trim().startsWith("greeting") && line.endsWith(" -")), scored.toString());
    assertFalse(unscored.toString().contains("mean score"), unscored.toString());
  }

  @Test
  void theJsonReportHasTheScoresOfEachCriterion() throws Exception {
    StringWriter json = new StringWriter();
    ReportWriter.writeJson(report(withEmpathy("conv_1", 7), withEmpathy("conv_2", 2)), json);

    JsonNode criteria = new ObjectMapper().readTree(json.toString()).get("criteria");
    JsonNode empathy = null;
    JsonNode greeting = null;
    for (JsonNode criterion : criteria) {
      if (criterion.get("criteria_id").asText().equals("empathy")) {
        empathy = criterion;
      } else if (criterion.get("criteria_id").asText().equals("greeting")) {
        greeting = criterion;
      }
    }
    assertEquals(2, empathy.at("/scores/count").asInt());
    assertEquals(4.5, empathy.at("/scores/mean").asDouble());
    assertEquals(2, empathy.at("/scores/min").asInt());
    assertEquals(7, empathy.at("/scores/max").asInt());
    assertEquals(10, empathy.at("/scores/max_score").asInt());
    assertEquals(0, greeting.at("/scores/count").asInt());
    assertTrue(greeting.at("/scores/mean").isMissingNode());
  }
}
