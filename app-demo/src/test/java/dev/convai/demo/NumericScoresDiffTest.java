package dev.convai.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.ConversationId;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Numerically scored criteria: score changes are counted apart from verdict changes, and the HTML
 * page draws their distributions before and after. The runs are built in memory, score by score.
 */
class NumericScoresDiffTest {

  private static RunRecord scored(String id, String criterion, Verdict verdict, double score) {
    return new RunRecord(
        ConversationId.of(id),
        Optional.of(Verdict.SUCCESS),
        Map.of(criterion, new RunRecord.Criterion(verdict, "Scored " + score + ".", OptionalDouble.of(score), OptionalDouble.of(5))),
        Map.of());
  }

  private static RunDiff.RunSide side(String name, RunRecord... records) {
    Map<ConversationId, RunRecord> byId = new LinkedHashMap<>();
    for (RunRecord record : records) {
      byId.put(record.id(), record);
    }
    return new RunDiff.RunSide(name, byId, 0);
  }

  /** Empathy scored 0 to 5: two scores rise, one falls without a verdict change, one is kept. */
  private static RunDiff diff() {
    return RunDiff.of(
        side(
            "before.jsonl",
            scored("conv_1", "empathy", Verdict.FAILURE, 2),
            scored("conv_2", "empathy", Verdict.SUCCESS, 4),
            scored("conv_3", "empathy", Verdict.SUCCESS, 5),
            scored("conv_4", "empathy", Verdict.FAILURE, 1)),
        side(
            "after.jsonl",
            scored("conv_1", "empathy", Verdict.SUCCESS, 4),
            scored("conv_2", "empathy", Verdict.SUCCESS, 3),
            scored("conv_3", "empathy", Verdict.SUCCESS, 5),
            scored("conv_4", "empathy", Verdict.SUCCESS, 3)));
  }

  @Test
  void scoreChangesAreCountedApartFromVerdictChanges() {
    RunDiff diff = diff();
    RunDiff.CriterionDiff empathy = diff.criteria().get("empathy");

    assertTrue(empathy.numeric());
    assertEquals(3, empathy.scoreChanges());
    assertEquals(2, empathy.count(RunDiff.Transition.FAILURE_TO_SUCCESS));
    assertEquals(2, empathy.count(RunDiff.Transition.KEPT));
    assertEquals(List.of(2.0, 4.0, 5.0, 1.0), empathy.scoresBefore());
    assertEquals(5.0, empathy.maxScore());
    // conv_2 only changed its score: listed as changed, but no verdict change.
    assertEquals(3, diff.changed().size());
    assertEquals(2, diff.conversationsWithVerdictChanges());
  }

  @Test
  void theTableAndJsonGiveTheMeansAndTheChanges() throws IOException {
    StringWriter text = new StringWriter();
    DiffText.write(diff(), new java.io.PrintWriter(text));
    assertTrue(text.toString().contains("empathy scores: mean 3 -> 3.75 (of 5), 3 changed"), text::toString);
    assertTrue(text.toString().contains("empathy: success 4/5 -> success 3/5"), text::toString);

    StringWriter json = new StringWriter();
    DiffJson.write(diff(), json);
    JsonNode scores = new ObjectMapper().readTree(json.toString()).get("criteria").get(0).get("scores");
    assertEquals(5.0, scores.get("max_score").asDouble());
    assertEquals(3, scores.get("changed").asInt());
    assertEquals(3.0, scores.get("before").get("mean").asDouble());
    assertEquals(3.75, scores.get("after").get("mean").asDouble());
  }

  @Test
  void thePageDrawsBothDistributionsOnePairOfBarsPerScore() throws IOException {
    StringWriter html = new StringWriter();
    HtmlDiffReport.write(diff(), html);
    Document page = Jsoup.parse(html.toString());

    Element histogram = page.selectFirst("section.criterion .hist svg");
    assertEquals(List.of("0", "1", "2", "3", "4", "5"), histogram.select("text[text-anchor=middle][font-size=12]").eachText());
    // Before: one each of 1, 2, 4, 5; after: two 3s, one 4, one 5. Each bar's title says its count.
    List<String> titles = histogram.select("rect title").eachText();
    assertEquals(
        List.of("before: 0", "after: 0", "before: 1", "after: 0", "before: 1", "after: 0",
            "before: 0", "after: 2", "before: 1", "after: 1", "before: 1", "after: 1"),
        titles);
    assertTrue(page.select(".hist .cap").text().contains("before, mean 3"), page.select(".hist .cap")::text);
    assertTrue(page.select(".hist .cap").text().contains("after, mean 3.75"), page.select(".hist .cap")::text);
    assertFalse(page.select(".chip").eachText().stream().noneMatch(chip -> chip.equals("3 scores changed")));
  }
}
