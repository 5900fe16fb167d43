package dev.convai.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.adapter.fake.FakeConversationAnalysisAdapter;
import dev.convai.adapter.http.ConversationJson;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.history.ConversationPage;
import dev.convai.history.ConversationQuery;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.AuthenticationException;
import dev.convai.port.ConversationHistoryPort;
import dev.convai.port.FailureDetails;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fetch}, {@code analyze --agent ...}, {@code analyze --evaluation} and the fake-agent
 * options on the real fake backend, whose generated history is 50 conversations of
 * {@code agent_fake_support} spread over 2026.
 */
class WorkflowCommandsTest {

  private static final String AGENT = FakeConversationAnalysisAdapter.GENERATED_AGENT.value();

  @TempDir Path temp;

  private static CliRun run(String... args) {
    return CliRun.run(new DemoEnvironment(Map.of(), InputStream.nullInputStream(), false), new DefaultBackends(), args);
  }

  private static List<Conversation> conversations(CliRun run) {
    return run.out().lines().map(ConversationJson::decode).toList();
  }

  /** The fake's own answer to GET, for comparison. */
  private static String stored(ConversationId id) {
    try (var fake = FakeConversationAnalysisAdapter.create()) {
      return ConversationJson.encode(fake.getConversation(id).toCompletableFuture().join());
    }
  }

  @Test
  void fetchWritesEachListedConversationAsItIsStored() {
    CliRun run = run("fetch", "--agent", AGENT, "--format", "jsonl", "--concurrency", "1");

    assertEquals(0, run.exitCode(), run::toString);
    List<String> lines = run.out().lines().toList();
    assertEquals(FakeConversationAnalysisAdapter.DEFAULT_GENERATED_HISTORY, lines.size());
    try (var fake = FakeConversationAnalysisAdapter.create()) {
      assertEquals(
          fake.generatedHistory().stream().map(ConversationId::value).sorted().toList(),
          conversations(run).stream().map(conversation -> conversation.conversationId().value()).sorted().toList());
    }
    for (String line : lines) {
      assertEquals(stored(ConversationJson.decode(line).conversationId()), line);
    }
    assertTrue(run.err().contains("Batch: 50 requested, 50 succeeded"), run::toString);
  }

  @Test
  void sinceIsInclusiveAndUntilExclusiveOnTheStartTime() {
    List<Conversation> all = conversations(run("fetch", "--agent", AGENT, "--format", "jsonl"));
    List<Instant> starts = all.stream().map(conversation -> conversation.startTime().orElseThrow()).sorted().distinct().toList();
    Instant since = starts.get(10);
    Instant until = starts.get(20);

    CliRun window = run("analyze", "--agent", AGENT, "--since", since.toString(), "--until", until.toString(), "--format", "jsonl");

    assertEquals(0, window.exitCode(), window::toString);
    List<String> expected =
        all.stream()
            .filter(conversation -> !conversation.startTime().orElseThrow().isBefore(since)
                && conversation.startTime().orElseThrow().isBefore(until))
            .map(conversation -> conversation.conversationId().value())
            .sorted()
            .toList();
    assertEquals(expected, conversations(window).stream().map(conversation -> conversation.conversationId().value()).sorted().toList());
    assertTrue(expected.size() >= 10, expected::toString);
  }

  @Test
  void whenTakesADateADateTimeOrAnInstant() {
    AgentIds.When when = new AgentIds.When();
    assertEquals(Instant.parse("2026-03-02T00:00:00Z"), when.convert("2026-03-02"));
    assertEquals(Instant.parse("2026-03-02T09:30:00Z"), when.convert("2026-03-02T09:30"));
    assertEquals(Instant.parse("2026-03-02T08:30:00Z"), when.convert("2026-03-02T09:30:00+01:00"));
    assertEquals(Instant.parse("2026-03-02T09:30:15Z"), when.convert("2026-03-02T09:30:15Z"));

    CliRun wrong = run("fetch", "--agent", AGENT, "--since", "last monday");
    assertEquals(2, wrong.exitCode(), wrong::toString);
    assertTrue(wrong.err().contains("'last monday' is not a date or time"), wrong::toString);
  }

  @Test
  void callSuccessfulFiltersOnTheStoredVerdict() {
    CliRun run = run("fetch", "--agent", AGENT, "--call-successful", "failure", "--format", "jsonl");

    assertEquals(0, run.exitCode(), run::toString);
    List<Conversation> failed = conversations(run);
    assertFalse(failed.isEmpty());
    assertTrue(failed.size() < FakeConversationAnalysisAdapter.DEFAULT_GENERATED_HISTORY);
    for (Conversation conversation : failed) {
      assertEquals(Verdict.FAILURE, conversation.analysis().orElseThrow().callSuccessful(), conversation.conversationId()::value);
    }
  }

  @Test
  void evaluationReRunsOneCriterionAndKeepsTheOthers() throws IOException {
    Path baseline = temp.resolve("baseline.jsonl");
    Files.writeString(baseline, run("fetch", "--agent", AGENT, "--format", "jsonl").out());
    CliRun evaluated =
        run("analyze", "--agent", AGENT, "--format", "jsonl", "--evaluation", "greeting",
            "--fake-criterion", "greeting=The agent greets the user by name in its first turn.");
    assertEquals(0, evaluated.exitCode(), evaluated::toString);
    Path after = Files.writeString(temp.resolve("after.jsonl"), evaluated.out());

    RunDiff diff = RunDiff.of(baseline, after);
    assertEquals(50, diff.compared());
    assertTrue(diff.criteria().get("greeting").verdictChanges() > 0, "the new prompt changes some greeting verdicts");
    assertEquals(50, diff.criteria().get("issue_resolved").count(RunDiff.Transition.KEPT));
    assertEquals(50, diff.criteria().get("polite_tone").count(RunDiff.Transition.KEPT));
    for (RunDiff.ChangedConversation changed : diff.changed()) {
      for (RunDiff.CriterionChange criterion : changed.criteria()) {
        assertEquals("greeting", criterion.criterionId());
      }
    }
  }

  @Test
  void anEvaluationTheAgentDoesNotHaveFailsEachId() {
    CliRun run = run("analyze", "conv_1", "conv_2", "--evaluation", "no_such_criterion");
    assertEquals(1, run.exitCode(), run::toString);
    assertEquals(2, run.err().lines().filter(line -> line.contains(" failed: INVALID_REQUEST")).count(), run::toString);
  }

  @Test
  void fakeCriteriaChangeWhatAnalyzeReports() {
    CliRun run =
        run("analyze", "conv_1", "--format", "jsonl",
            "--fake-drop-criterion", "polite_tone",
            "--fake-criterion", "refund_offered=The agent offers a refund when the user was charged twice.");

    assertEquals(0, run.exitCode(), run::toString);
    var analysis = conversations(run).get(0).analysis().orElseThrow();
    assertEquals(
        List.of("greeting", "issue_resolved", "refund_offered"),
        analysis.criteria().stream().map(criterion -> criterion.criteriaId()).toList());
    assertTrue(analysis.criterion("refund_offered").orElseThrow().rationale().contains("offers a refund"));
  }

  @Test
  void aNumericFakeCriterionIsScoredAndItsScoreChangesAreDiffed() throws IOException {
    Path before = Files.writeString(
        temp.resolve("before.jsonl"),
        run("fetch", "--agent", AGENT, "--format", "jsonl",
            "--fake-numeric-criterion", "empathy:5=The agent acknowledges the user's problem.").out());
    Path after = Files.writeString(
        temp.resolve("after.jsonl"),
        run("analyze", "--agent", AGENT, "--format", "jsonl",
            "--fake-numeric-criterion", "empathy:5=The agent acknowledges the problem and apologises once.").out());

    RunDiff.CriterionDiff empathy = RunDiff.of(before, after).criteria().get("empathy");
    assertTrue(empathy.numeric());
    assertEquals(5.0, empathy.maxScore());
    assertEquals(50, empathy.scoresBefore().size());
    assertEquals(50, empathy.scoresAfter().size());
    assertTrue(empathy.scoresAfter().stream().allMatch(score -> score >= 0 && score <= 5), empathy.scoresAfter()::toString);
    assertTrue(empathy.scoreChanges() > 0, "a new prompt changes some scores");
  }

  @Test
  void optionsThatDoNotFitTogetherAreUsageErrors() {
    List<List<String>> wrong =
        List.of(
            List.of("analyze", "--since", "2026-01-01"),
            List.of("analyze", "--call-successful", "failure", "conv_1"),
            List.of("analyze", "--agent", AGENT, "conv_1"),
            List.of("analyze", "--agent", AGENT, "--call-successful", "maybe"),
            List.of("analyze", "--agent", AGENT, "--since", "2026-03-02", "--until", "2026-03-01"),
            List.of("analyze", "--scope", "agent", "conv_1"),
            List.of("analyze", "--evaluation", " ", "conv_1"),
            List.of("fetch", "--evaluation", "greeting", "conv_1"),
            List.of("analyze", "--fake-drop-criterion", "no_such", "conv_1"),
            List.of("analyze", "--fake-criterion", "greeting=", "conv_1"),
            List.of("analyze", "--fake-numeric-criterion", "empathy=Kind.", "conv_1"),
            List.of("analyze", "--fake-numeric-criterion", "empathy:0=Kind.", "conv_1"),
            List.of("analyze", "--fake-numeric-criterion", "empathy:99999999=Kind.", "conv_1"));
    for (List<String> args : wrong) {
      CliRun run = run(args.toArray(String[]::new));
      assertEquals(2, run.exitCode(), () -> args + "\n" + run);
      assertEquals("", run.out(), args::toString);
    }
    CliRun http =
        CliRun.run(
            new DemoEnvironment(Map.of(DemoEnvironment.API_KEY_VARIABLE, "sk_test"), InputStream.nullInputStream(), false),
            new DefaultBackends(),
            "analyze", "--backend", "http", "--fake-criterion", "a=b", "conv_1");
    assertEquals(2, http.exitCode(), http::toString);
  }

  @Test
  void aRefusedListingIsOneClearFailure() {
    CliRun run =
        CliRun.run(
            new DemoEnvironment(Map.of(), InputStream.nullInputStream(), false),
            request -> Backend.of(new RefusingHistory()),
            "fetch", "--agent", "agent_1", "--format", "jsonl");

    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(
        run.err().contains("fetch: listing the conversations of agent agent_1 failed: AUTHENTICATION (HTTP 401)"),
        run::toString);
    assertFalse(run.err().contains("Exception"), run::toString);
  }

  /** A backend whose listing is refused as with a wrong key. */
  private static final class RefusingHistory implements AnalysisOnlyPort, ConversationHistoryPort {
    @Override
    public CompletionStage<Conversation> runAnalysis(ConversationId id, AnalysisOptions options) {
      return CompletableFuture.completedFuture(DemoConversations.of(id));
    }

    @Override
    public CompletionStage<Conversation> getConversation(ConversationId id, AnalysisOptions options) {
      return runAnalysis(id, options);
    }

    @Override
    public CompletionStage<ConversationPage> listConversations(ConversationQuery query, AnalysisOptions options) {
      return CompletableFuture.failedFuture(
          new AuthenticationException("Invalid API key", FailureDetails.unattributed().withStatus(401), null));
    }
  }
}
