package dev.convai.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.ConversationId;
import dev.convai.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff} on hand-made runs. The baseline has criteria greeting, resolved and polite_tone;
 * the new run drops polite_tone, adds refund_offered and flips greeting and resolved in chosen
 * conversations, so every count below is known in advance.
 */
class DiffCommandTest {

  @TempDir Path temp;

  private Path baseline;
  private Path changed;

  private static CliRun run(String... args) {
    return CliRun.run(new DemoEnvironment(Map.of(), InputStream.nullInputStream(), false), new DefaultBackends(), args);
  }

  @BeforeEach
  void writeRuns() throws IOException {
    baseline = Runs.write(
        temp.resolve("baseline.jsonl"),
        Runs.conversation("conv_a").passes("greeting").passes("resolved").passes("polite_tone")
            .value("amount", JsonValue.of(10)),
        Runs.conversation("conv_b").call(Verdict.FAILURE).fails("greeting").passes("resolved").passes("polite_tone"),
        Runs.conversation("conv_c").passes("greeting").passes("resolved").passes("polite_tone"),
        Runs.conversation("conv_d").criterion("greeting", Verdict.UNKNOWN, "Too short to tell.")
            .passes("resolved").fails("polite_tone"),
        Runs.conversation("conv_gone").passes("greeting").passes("resolved").passes("polite_tone"));
    changed = Runs.write(
        temp.resolve("new.jsonl"),
        Runs.conversation("conv_a").call(Verdict.FAILURE)
            .criterion("greeting", Verdict.FAILURE, "The agent opened with the account number, no greeting.")
            .passes("resolved").passes("refund_offered").value("amount", JsonValue.of(12)),
        Runs.conversation("conv_b").passes("greeting").passes("resolved").fails("refund_offered"),
        Runs.conversation("conv_c").passes("greeting").criterion("resolved", Verdict.UNKNOWN, "The call dropped.")
            .passes("refund_offered"),
        Runs.conversation("conv_d").passes("greeting").passes("resolved").passes("refund_offered"),
        Runs.conversation("conv_new").passes("greeting").passes("resolved").passes("refund_offered"));
  }

  @Test
  void countsEachKindOfChangePerCriterion() throws IOException {
    RunDiff diff = RunDiff.of(baseline, changed);

    assertEquals(4, diff.compared());
    assertEquals(List.of(ConversationId.of("conv_gone")), diff.onlyInBaseline());
    assertEquals(List.of(ConversationId.of("conv_new")), diff.onlyInNew());
    assertEquals(List.of("greeting", "resolved", "polite_tone", "refund_offered"), List.copyOf(diff.criteria().keySet()));

    RunDiff.CriterionDiff greeting = diff.criteria().get("greeting");
    assertEquals(1, greeting.count(RunDiff.Transition.KEPT));
    assertEquals(1, greeting.count(RunDiff.Transition.SUCCESS_TO_FAILURE));
    assertEquals(1, greeting.count(RunDiff.Transition.FAILURE_TO_SUCCESS));
    assertEquals(1, greeting.count(RunDiff.Transition.FROM_UNKNOWN));
    assertEquals(0.5, greeting.before().successRate().orElseThrow());
    assertEquals(0.75, greeting.after().successRate().orElseThrow());

    RunDiff.CriterionDiff resolved = diff.criteria().get("resolved");
    assertEquals(3, resolved.count(RunDiff.Transition.KEPT));
    assertEquals(1, resolved.count(RunDiff.Transition.TO_UNKNOWN));
    assertEquals(1, resolved.verdictChanges());

    RunDiff.CriterionDiff dropped = diff.criteria().get("polite_tone");
    assertEquals(4, dropped.count(RunDiff.Transition.DROPPED));
    assertEquals(0, dropped.after().total());
    RunDiff.CriterionDiff added = diff.criteria().get("refund_offered");
    assertEquals(4, added.count(RunDiff.Transition.ADDED));
    assertEquals(0.75, added.after().successRate().orElseThrow());
    assertTrue(added.before().successRate().isEmpty());

    assertEquals(Map.of("success -> failure", 1L, "failure -> success", 1L), diff.callSuccessTransitions());
    assertEquals(Map.of("amount", 1L), diff.valueChanges());
    // greeting 3 + resolved 1 + dropped 4 + added 4 + call success 2
    assertEquals(14, diff.verdictChanges());
    assertEquals(4, diff.conversationsWithVerdictChanges());
  }

  @Test
  void changedConversationsCarryBothRationales() throws IOException {
    RunDiff diff = RunDiff.of(baseline, changed);

    RunDiff.ChangedConversation first = diff.changed().get(0);
    assertEquals(ConversationId.of("conv_a"), first.id());
    assertTrue(first.callChanged());
    RunDiff.CriterionChange greeting = first.criteria().get(0);
    assertEquals("greeting", greeting.criterionId());
    assertEquals("greeting met.", greeting.before().rationale());
    assertEquals("The agent opened with the account number, no greeting.", greeting.after().rationale());
    // Added and dropped criteria are counted, not listed per conversation.
    assertEquals(1, first.criteria().size());
    assertEquals(List.of(new RunDiff.ValueChange("amount", java.util.Optional.of("10"), java.util.Optional.of("12"))), first.values());
  }

  @Test
  void theTableShowsCountsRatesAndTheChangedConversations() {
    CliRun run = run("diff", baseline.toString(), changed.toString());

    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("Compared 4 conversations"), run::toString);
    assertTrue(run.out().contains("14 verdict changes in 4 conversations"), run::toString);
    // A dropped criterion is four changes here, one per conversation: the headline says so.
    assertTrue(
        run.out().contains("(4 criterion verdicts changed, 8 criterion results added or dropped, 2 call-success changes)"),
        run::toString);
    String greetingRow = row(run.out(), "  greeting ");
    assertEquals(List.of("greeting", "1", "1", "1", "0", "1", "0", "0", "-", "50.0%", "->", "75.0%"), words(greetingRow));
    assertEquals(List.of("polite_tone", "0", "0", "0", "0", "0", "0", "4", "-", "75.0%", "->", "-"), words(row(run.out(), "  polite_tone ")));
    assertTrue(run.out().contains("Call successful: 2 changed (success -> failure 1, failure -> success 1)"), run::toString);
    assertTrue(run.out().contains("Data collection: amount 1 changed"), run::toString);
    assertTrue(run.out().contains("Only in the baseline: 1 (conv_gone)"), run::toString);
    assertTrue(run.out().contains("Only in the new run: 1 (conv_new)"), run::toString);
    assertTrue(run.out().contains("was: greeting met."), run::toString);
    assertTrue(run.out().contains("now: The agent opened with the account number, no greeting."), run::toString);
    assertEquals("", run.err());
  }

  @Test
  void failOnChangeExitsWithOneOnlyWhenAVerdictChanged() throws IOException {
    assertEquals(1, run("diff", baseline.toString(), changed.toString(), "--fail-on-change").exitCode());

    CliRun same = run("diff", baseline.toString(), baseline.toString(), "--fail-on-change");
    assertEquals(0, same.exitCode(), same::toString);
    assertTrue(same.out().contains("No verdict changed"), same::toString);

    // A changed collected value alone is reported but is no verdict change.
    Path valueOnly = Runs.write(
        temp.resolve("value-only.jsonl"),
        Runs.conversation("conv_a").passes("greeting").value("amount", JsonValue.of(10)));
    Path valueChanged = Runs.write(
        temp.resolve("value-changed.jsonl"),
        Runs.conversation("conv_a").passes("greeting").value("amount", JsonValue.of(11)));
    CliRun values = run("diff", valueOnly.toString(), valueChanged.toString(), "--fail-on-change");
    assertEquals(0, values.exitCode(), values::toString);
    assertTrue(values.out().contains("amount 1 changed"), values::toString);
  }

  @Test
  void numericScoresAreReadFromTheFilesAndAScoreOnlyChangeIsNoVerdictChange() throws IOException {
    Path before = Runs.write(
        temp.resolve("scores-before.jsonl"),
        Runs.conversation("conv_a").scored("empathy", Verdict.SUCCESS, 4, 5),
        Runs.conversation("conv_b").scored("empathy", Verdict.FAILURE, 1, 5));
    Path after = Runs.write(
        temp.resolve("scores-after.jsonl"),
        Runs.conversation("conv_a").scored("empathy", Verdict.SUCCESS, 5, 5),
        Runs.conversation("conv_b").scored("empathy", Verdict.FAILURE, 1, 5));

    CliRun run = run("diff", before.toString(), after.toString(), "--fail-on-change");

    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("No verdict changed"), run::toString);
    assertTrue(run.out().contains("empathy scores: mean 2.5 -> 3 (of 5), 1 changed"), run::toString);
    RunDiff diff = RunDiff.of(before, after);
    assertEquals(List.of(4.0, 1.0), diff.criteria().get("empathy").scoresBefore());
    assertEquals(1, diff.changed().size());
  }

  @Test
  void jsonIsOneDocumentWithEveryChange() throws IOException {
    CliRun run = run("diff", baseline.toString(), changed.toString(), "--format", "json");
    assertEquals(0, run.exitCode(), run::toString);

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(4, json.get("compared").asInt());
    assertTrue(json.get("verdicts_changed").asBoolean());
    assertEquals("conv_gone", json.get("only_in_baseline").get(0).asText());
    assertEquals("conv_new", json.get("only_in_new").get(0).asText());
    JsonNode greeting = json.get("criteria").get(0);
    assertEquals("greeting", greeting.get("criteria_id").asText());
    assertEquals(1, greeting.get("transitions").get("success_to_failure").asInt());
    assertEquals(1, greeting.get("transitions").get("failure_to_success").asInt());
    assertEquals(1, greeting.get("transitions").get("from_unknown").asInt());
    assertEquals(0.5, greeting.get("before").get("success_rate").asDouble());
    assertEquals(0.75, greeting.get("after").get("success_rate").asDouble());
    assertTrue(json.get("criteria").get(3).get("before").get("success_rate").isNull());
    assertEquals(4, json.get("criteria").get(3).get("transitions").get("added").asInt());
    assertEquals(2, json.get("call_successful").get("changed").asInt());

    JsonNode first = json.get("changed_conversations").get(0);
    assertEquals("conv_a", first.get("conversation_id").asText());
    assertEquals("success", first.get("call_successful").get("before").asText());
    assertEquals("failure", first.get("criteria").get(0).get("after").get("result").asText());
    assertEquals(12, first.get("data_collection").get(0).get("after").asInt());
    assertEquals(4, json.get("changed_conversations").size());
  }

  @Test
  void aLineThatIsNotAConversationIsAUsageErrorNamingTheLine() throws IOException {
    Path broken = temp.resolve("broken.jsonl");
    Files.writeString(
        broken,
        Files.readString(baseline, StandardCharsets.UTF_8) + "{\"conversation_id\": \"conv_x\", \"agent_id\"\n",
        StandardCharsets.UTF_8);

    CliRun run = run("diff", broken.toString(), changed.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("broken.jsonl, line 6"), run::toString);
    assertEquals("", run.out());

    CliRun missing = run("diff", temp.resolve("nowhere.jsonl").toString(), changed.toString());
    assertEquals(2, missing.exitCode(), missing::toString);
    assertTrue(missing.err().contains("cannot read the run file"), missing::toString);
    assertEquals(2, run("diff", baseline.toString()).exitCode());
    assertEquals(2, run("diff", baseline.toString(), changed.toString(), "--format", "csv").exitCode());
  }

  @Test
  void aRepeatedIdCountsOnceWithItsLaterLine() throws IOException {
    Path repeated = Runs.write(
        temp.resolve("repeated.jsonl"),
        Runs.conversation("conv_a").fails("greeting"),
        Runs.conversation("conv_a").passes("greeting"));
    Path single = Runs.write(temp.resolve("single.jsonl"), Runs.conversation("conv_a").passes("greeting"));

    RunDiff diff = RunDiff.of(repeated, single);
    assertEquals(1, diff.compared());
    assertFalse(diff.anyVerdictChanged());
    assertEquals(1, diff.baseline().repeated());
  }

  private static String row(String text, String prefix) {
    return text.lines().filter(line -> line.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(prefix + " missing:\n" + text));
  }

  private static List<String> words(String line) {
    return List.of(line.strip().split("\\s+"));
  }
}
