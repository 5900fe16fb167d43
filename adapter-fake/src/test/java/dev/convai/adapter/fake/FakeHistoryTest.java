package dev.convai.adapter.fake;

import static dev.convai.adapter.fake.FakeConversationAnalysisAdapter.GENERATED_AGENT;
import static dev.convai.adapter.fake.Stages.failure;
import static dev.convai.adapter.fake.Stages.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.AgentId;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.conversation.ConversationMetadata;
import dev.convai.conversation.ConversationStatus;
import dev.convai.history.ConversationPage;
import dev.convai.history.ConversationQuery;
import dev.convai.history.ConversationSummary;
import dev.convai.history.DataCollectionFilter;
import dev.convai.history.DataCollectionOperator;
import dev.convai.history.EvaluationFilter;
import dev.convai.port.InvalidRequestException;
import dev.convai.port.contract.ContractConversations;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fake's history: generated listing, filters, cursors, held analyses and runEvaluation. */
class FakeHistoryTest {

  private static final AgentId EARLY_AGENT = AgentId.of("agent_a_first");

  @Test
  void theGeneratedHistoryIsListedByStartTimeTheSameOnEveryFake() {
    List<ConversationSummary> one = all(FakeConversationAnalysisAdapter.builder().generatedHistory(20).maxPageSize(6).build());
    List<ConversationSummary> two = all(FakeConversationAnalysisAdapter.builder().generatedHistory(20).maxPageSize(6).build());

    assertEquals(20, one.size());
    assertEquals(one, two, "deterministic");
    for (int i = 1; i < one.size(); i++) {
      assertTrue(one.get(i - 1).startTimeUnixSecs() <= one.get(i).startTimeUnixSecs(), "ordered by start time");
    }
    assertTrue(one.stream().allMatch(s -> s.agentId().equals(GENERATED_AGENT)));
    assertTrue(one.stream().allMatch(s -> s.conversationId().value().matches("conv_fake_000(0[1-9]|1[0-9]|20)")));
  }

  @Test
  void aForcedSmallPageSizeCutsTheListingWhateverTheQueryAsks() {
    FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.builder().generatedHistory(10).maxPageSize(4).build();

    ConversationPage first = join(fake.listConversations(ConversationQuery.builder().pageSize(100).build()));

    assertEquals(4, first.conversations().size());
    assertTrue(first.next().isPresent());
    assertEquals(List.of(4, 4, 2), pageSizes(fake, ConversationQuery.all()));
  }

  @Test
  void conversationsAreListedByAgentThenStartTime() {
    FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.builder().generatedHistory(3).build();
    fake.putConversation(at(ConversationId.of("conv_late"), EARLY_AGENT, 2_000_000_000L));
    fake.putConversation(at(ConversationId.of("conv_early"), EARLY_AGENT, 1_000_000_000L));

    List<String> ids = all(fake).stream().map(s -> s.conversationId().value()).collect(Collectors.toList());

    assertEquals(List.of("conv_early", "conv_late"), ids.subList(0, 2), "agent_a_first sorts before agent_fake_support");
    assertEquals(5, ids.size());
  }

  @Test
  void aCursorStaysValidWhenConversationsAreAdded() {
    FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.builder().generatedHistory(0).build();
    for (int i = 0; i < 4; i++) {
      fake.putConversation(at(ConversationId.of("conv_" + i), EARLY_AGENT, 1_000L + i * 10));
    }
    ConversationQuery query = ConversationQuery.builder().pageSize(2).build();
    ConversationPage first = join(fake.listConversations(query));
    fake.putConversation(at(ConversationId.of("conv_before"), EARLY_AGENT, 1_001L)); // sorts into page one
    fake.putConversation(at(ConversationId.of("conv_after"), EARLY_AGENT, 1_025L)); // sorts into what follows

    ConversationPage second = join(fake.listConversations(query.withCursor(first.next().orElseThrow())));

    assertEquals(List.of("conv_2", "conv_after"), ids(second));
  }

  @Test
  void theFakeAppliesTheApisFilters() {
    FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.builder().generatedHistory(30).build();
    List<Conversation> everything =
        fake.generatedHistory().stream().map(id -> value(fake.getConversation(id))).collect(Collectors.toList());

    assertFilter(fake, everything, ConversationQuery.builder().search("CHARGED twice").build(),
        c -> c.transcript().stream().anyMatch(e -> e.message().orElse("").toLowerCase(java.util.Locale.ROOT).contains("charged twice")));
    assertFilter(fake, everything, ConversationQuery.builder().addToolName("lookup_order").build(),
        c -> c.toolCalls().stream().anyMatch(t -> t.toolName().equals("lookup_order")));
    assertFilter(fake, everything,
        ConversationQuery.builder().addEvaluationFilter(EvaluationFilter.of("issue_resolved", Verdict.FAILURE)).build(),
        c -> c.analysis().orElseThrow().evaluationCriteriaResults().get("issue_resolved").result().equals(Verdict.FAILURE));
    assertFilter(fake, everything,
        ConversationQuery.builder().addDataCollectionFilter(DataCollectionFilter.atLeast("reference_number", "50000")).build(),
        c -> c.dataCollection("reference_number").flatMap(r -> r.value()).flatMap(v -> v.asDecimal())
            .map(n -> n.compareTo(java.math.BigDecimal.valueOf(50_000)) >= 0).orElse(false));
    assertFilter(fake, everything, ConversationQuery.builder().callDurationMin(Duration.ofSeconds(30)).build(),
        c -> c.metadata().callDurationSecs() >= 30);
    assertFilter(fake, everything, ConversationQuery.builder().addExcludedStatuse(ConversationStatus.DONE).build(), c -> false);
    assertFilter(fake, everything, ConversationQuery.builder().addTopicId("any").build(), c -> false);
  }

  @Test
  void aFilterOperatorTheFakeDoesNotKnowIsAnInvalidRequest() {
    FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.create();
    ConversationQuery query =
        ConversationQuery.builder()
            .addDataCollectionFilter(DataCollectionFilter.of("x", DataCollectionOperator.of("regex"), "a"))
            .build();

    CompletionException wrapped = assertThrows(CompletionException.class, () -> fake.listConversations(query).toCompletableFuture().join());
    assertInstanceOf(InvalidRequestException.class, wrapped.getCause());
  }

  @Test
  void getShowsWhatTheLastRunStoredWithoutRunningAgain() {
    FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.create();
    ConversationId id = ConversationId.of("conv_held");
    Conversation scripted = Conversation.builder().from(ContractConversations.done(id)).agentId(GENERATED_AGENT).build();
    fake.putConversation(scripted);

    assertEquals(scripted, value(fake.getConversation(id)), "as scripted, though the agent has settings");
    Conversation run = value(fake.runAnalysis(id));
    assertNotEquals(scripted.analysis(), run.analysis(), "the run used the agent's settings");
    assertEquals(run, value(fake.getConversation(id)), "the run was stored");
  }

  @Test
  void runEvaluationRunsThatCriterionUnderTheCurrentSettingsAndKeepsTheOthers() {
    FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.create();
    ConversationId id = fake.generatedHistory().get(0);
    Analysis before = value(fake.runAnalysis(id)).analysis().orElseThrow();
    fake.updateAgent(GENERATED_AGENT, s -> s
        .withCriterion(new EvaluationCriterion("greeting", "Greeting", "The agent greets the user by name."))
        .withCriterion(new EvaluationCriterion("polite_tone", "Polite tone", "The agent never interrupts.")));
    Analysis everythingNow = reference(fake, id);

    Analysis after = value(fake.runEvaluation(id, "greeting")).analysis().orElseThrow();

    assertEquals(everythingNow.evaluationCriteriaResults().get("greeting"), after.evaluationCriteriaResults().get("greeting"));
    assertNotEquals(
        before.evaluationCriteriaResults().get("greeting").rationale(),
        after.evaluationCriteriaResults().get("greeting").rationale(),
        "the new prompt shows in the rationale");
    assertEquals(before.evaluationCriteriaResults().get("polite_tone"), after.evaluationCriteriaResults().get("polite_tone"));
    assertEquals(before.evaluationCriteriaResults().get("issue_resolved"), after.evaluationCriteriaResults().get("issue_resolved"));
    assertEquals(before.dataCollectionResults(), after.dataCollectionResults());
    assertEquals(after, value(fake.getConversation(id)).analysis().orElseThrow(), "stored like a run");
  }

  @Test
  void runEvaluationOfANumericCriterionGivesItsScore() {
    FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.create();
    ConversationId id = fake.generatedHistory().get(1);
    value(fake.runAnalysis(id));
    fake.updateAgent(GENERATED_AGENT, s -> s.withCriterion(EvaluationCriterion.numeric("empathy", "Empathy", "Rate empathy.", 10)));

    CriterionResult empathy = value(fake.runEvaluation(id, "empathy")).analysis().orElseThrow().evaluationCriteriaResults().get("empathy");

    assertEquals(reference(fake, id).evaluationCriteriaResults().get("empathy"), empathy);
    assertTrue(empathy.score().isPresent(), "a numeric criterion is scored");
    assertEquals(10, empathy.maxScore().getAsLong());
  }

  @Test
  void runEvaluationOfACriterionTheAgentDoesNotHaveIsAnInvalidRequest() {
    FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.create();
    ConversationId id = fake.generatedHistory().get(0);

    InvalidRequestException failure =
        assertInstanceOf(InvalidRequestException.class, failure(fake.runEvaluation(id, "no_such_criterion")));

    assertEquals(List.of("body", "evaluation_id"), failure.violations().get(0).location());
    assertEquals(422, failure.status().getAsInt());
  }

  @Test
  void runEvaluationGivesAForcedVerdictAndDerivesTheCallsSuccessAgain() {
    FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.create();
    ConversationId id = ConversationId.of("conv_forced_evaluation");
    fake.putConversation(ContractConversations.done(id)); // its agent has no settings in the fake
    fake.forceVerdict(id, "upsell", Verdict.SUCCESS);

    Analysis after = value(fake.runEvaluation(id, "upsell")).analysis().orElseThrow();

    CriterionResult upsell = after.evaluationCriteriaResults().get("upsell");
    assertEquals(Verdict.SUCCESS, upsell.result());
    assertEquals(Verdict.UNKNOWN, after.callSuccessful(), "no failure left, one unknown");
  }

  /** What a whole run under the current settings gives, on a fresh fake with the same settings. */
  private static Analysis reference(FakeConversationAnalysisAdapter fake, ConversationId id) {
    FakeConversationAnalysisAdapter fresh = FakeConversationAnalysisAdapter.create();
    fresh.putAgent(GENERATED_AGENT, fake.agent(GENERATED_AGENT).orElseThrow());
    return value(fresh.runAnalysis(id)).analysis().orElseThrow();
  }

  private static void assertFilter(
      FakeConversationAnalysisAdapter fake,
      List<Conversation> everything,
      ConversationQuery query,
      java.util.function.Predicate<Conversation> expected) {
    List<String> listed =
        fake.conversations(query).map(s -> s.conversationId().value()).sorted().collect(Collectors.toList());
    List<String> wanted =
        everything.stream().filter(expected).map(c -> c.conversationId().value()).sorted().collect(Collectors.toList());
    assertEquals(wanted, listed, () -> "filter " + query);
    if (query.excludedStatuses().isEmpty() && query.topicIds().isEmpty()) {
      // A filter that keeps all or nothing would prove nothing about the filter.
      assertTrue(!wanted.isEmpty() && wanted.size() < everything.size(), () -> "a selective case for " + query + ": " + wanted.size());
    }
  }

  private static List<ConversationSummary> all(FakeConversationAnalysisAdapter fake) {
    return fake.conversations(ConversationQuery.all()).collect(Collectors.toList());
  }

  private static List<Integer> pageSizes(FakeConversationAnalysisAdapter fake, ConversationQuery query) {
    return fake.pages(query, dev.convai.port.AnalysisOptions.defaults())
        .map(page -> page.conversations().size())
        .collect(Collectors.toList());
  }

  private static List<String> ids(ConversationPage page) {
    return page.conversations().stream().map(s -> s.conversationId().value()).collect(Collectors.toList());
  }

  private static Conversation at(ConversationId id, AgentId agent, long start) {
    Conversation done = ContractConversations.done(id);
    return Conversation.builder()
        .from(done)
        .agentId(agent)
        .metadata(ConversationMetadata.builder().from(done.metadata()).startTimeUnixSecs(start).build())
        .build();
  }

  private static <T> T join(java.util.concurrent.CompletionStage<T> stage) {
    return stage.toCompletableFuture().join();
  }

}
