package dev.convai.adapter.fake;

import static dev.convai.adapter.fake.FakeConversationAnalysisAdapter.GENERATED_AGENT;
import static dev.convai.adapter.fake.Stages.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.DataCollectionResult;
import dev.convai.analysis.DataCollectionSchema;
import dev.convai.analysis.SchemaValueType;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.AgentId;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.conversation.ConversationMetadata;
import dev.convai.conversation.ConversationStatus;
import dev.convai.json.JsonValue;
import dev.convai.transcript.Role;
import dev.convai.transcript.TranscriptEntry;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Running the analysis evaluates the conversation with its agent's current settings. */
class AgentAnalysisTest {

  private static final ConversationId ID = ConversationId.of("conv_agent");
  private static final AgentId AGENT = AgentId.of("agent_scripted");

  private final FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.create();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void aGeneratedConversationIsAnalysedWithTheGeneratedAgentsDefaultSettings() {
    Analysis analysis = analysis(fake.runAnalysis(ID));

    assertEquals(List.of("greeting", "issue_resolved", "polite_tone"), criterionIds(analysis));
    assertEquals(
        List.of("customer_request", "reference_number", "satisfaction", "callback_requested"),
        analysis.dataCollections().stream().map(DataCollectionResult::dataCollectionId).collect(Collectors.toList()));
  }

  @Test
  void anAddedCriterionAppearsInTheNextRunAndOnlyThere() {
    Analysis before = analysis(fake.runAnalysis(ID));

    fake.updateAgent(
        GENERATED_AGENT, s -> s.withCriterion(new EvaluationCriterion("refund", "Refund offered", "The agent offers a refund.")));
    Analysis after = analysis(fake.runAnalysis(ID));

    assertFalse(before.criterion("refund").isPresent());
    CriterionResult refund = after.criterion("refund").orElseThrow();
    assertTrue(refund.rationale().contains("Refund offered"), refund.rationale());
    // The others keep their verdicts: each is drawn from its own criterion only.
    for (String id : criterionIds(before)) {
      assertEquals(before.criterion(id), after.criterion(id), id);
    }
  }

  @Test
  void aChangedPromptChangesTheResult() {
    Analysis before = analysis(fake.runAnalysis(ID));

    fake.updateAgent(
        GENERATED_AGENT,
        s -> s.withCriterion(
            s.criteria().get(0).withPrompt("The agent greets the user by name within the first ten seconds.")));
    Analysis after = analysis(fake.runAnalysis(ID));

    assertEquals(criterionIds(before), criterionIds(after), "the criterion keeps its place");
    assertNotEquals(before.criterion("greeting"), after.criterion("greeting"));
    assertTrue(after.criterion("greeting").orElseThrow().rationale().contains("by name"));
  }

  @Test
  void aRemovedCriterionAndItemAreGoneFromTheNextRun() {
    fake.updateAgent(GENERATED_AGENT, s -> s.withoutCriterion("polite_tone").withoutDataCollection("satisfaction"));

    Analysis analysis = analysis(fake.runAnalysis(ID));

    assertEquals(List.of("greeting", "issue_resolved"), criterionIds(analysis));
    assertEquals(Optional.empty(), analysis.dataCollection("satisfaction"));
  }

  @Test
  void eachDataCollectionTypeGetsAValueOfItsJsonTypeWithItsSchema() {
    Analysis analysis = analysis(fake.runAnalysis(ID));

    assertEquals(JsonValue.Kind.STRING, analysis.dataCollectionValue("customer_request").orElseThrow().kind());
    JsonValue integer = analysis.dataCollectionValue("reference_number").orElseThrow();
    assertTrue(integer.asLong().isPresent(), "an integer: " + integer);
    JsonValue.JsonNumber number = (JsonValue.JsonNumber) analysis.dataCollectionValue("satisfaction").orElseThrow();
    assertFalse(number.isIntegral(), "a number written with a fraction: " + number);
    assertEquals(JsonValue.Kind.BOOLEAN, analysis.dataCollectionValue("callback_requested").orElseThrow().kind());
    assertEquals(
        Optional.of(SchemaValueType.NUMBER),
        analysis.dataCollection("satisfaction").flatMap(DataCollectionResult::jsonSchema).map(DataCollectionSchema::type));
  }

  @Test
  void aStringItemWithAllowedValuesGetsOneOfThem() {
    List<String> allowed = List.of("billing", "shipping", "login");
    fake.putAgent(
        GENERATED_AGENT,
        AgentSettings.empty()
            .withDataCollection(
                new DataCollectionItem(
                    "topic",
                    DataCollectionSchema.builder().type(SchemaValueType.STRING).description("Topic").enumValues(allowed).build())));

    for (int i = 0; i < 20; i++) {
      ConversationId id = ConversationId.of("conv_enum_" + i);
      String topic = analysis(fake.runAnalysis(id)).dataCollectionValue("topic").flatMap(JsonValue::asString).orElseThrow();
      assertTrue(allowed.contains(topic), topic);
    }
  }

  @Test
  void theCallSucceedsOnlyWhenNoCriterionFailedOrWasUndecided() {
    fake.putAgent(
        GENERATED_AGENT,
        AgentSettings.empty()
            .withCriterion(new EvaluationCriterion("a", "A", "first"))
            .withCriterion(new EvaluationCriterion("b", "B", "second")));

    fake.forceVerdict(ID, "a", Verdict.SUCCESS).forceVerdict(ID, "b", Verdict.SUCCESS);
    assertEquals(Verdict.SUCCESS, analysis(fake.runAnalysis(ID)).callSuccessful());
    fake.forceVerdict(ID, "b", Verdict.UNKNOWN);
    assertEquals(Verdict.UNKNOWN, analysis(fake.runAnalysis(ID)).callSuccessful());
    fake.forceVerdict(ID, "a", Verdict.FAILURE);
    assertEquals(Verdict.FAILURE, analysis(fake.runAnalysis(ID)).callSuccessful());
  }

  @Test
  void aForcedVerdictAndValueReplaceTheComputedOnes() {
    fake.forceVerdict(ID, "greeting", Verdict.FAILURE).forceValue(ID, "reference_number", JsonValue.of(4711L));

    Conversation conversation = value(fake.runAnalysis(ID));

    CriterionResult greeting = conversation.analysis().orElseThrow().criterion("greeting").orElseThrow();
    assertEquals(Verdict.FAILURE, greeting.result());
    assertTrue(greeting.rationale().startsWith("Scripted"), greeting.rationale());
    assertEquals(Verdict.FAILURE, conversation.callSuccessful().orElseThrow());
    assertEquals(Optional.of(JsonValue.of(4711L)), conversation.analysis().orElseThrow().dataCollectionValue("reference_number"));
    assertEquals(
        Optional.of(SchemaValueType.INTEGER),
        conversation.dataCollection("reference_number").flatMap(DataCollectionResult::jsonSchema).map(DataCollectionSchema::type),
        "a forced value keeps the item's schema");
  }

  @Test
  void forcedResultsForCriteriaTheAgentLacksAreAddedAfterTheOthers() {
    fake.forceVerdict(ID, "extra", Verdict.UNKNOWN).forceValue(ID, "extra_value", JsonValue.of("x"));

    Analysis analysis = analysis(fake.runAnalysis(ID));

    assertEquals(List.of("greeting", "issue_resolved", "polite_tone", "extra"), criterionIds(analysis));
    assertEquals(Optional.of(JsonValue.of("x")), analysis.dataCollectionValue("extra_value"));
  }

  @Test
  void aScriptedConversationOfAnAgentWithSettingsIsAnalysedWithThem() {
    fake.putConversation(scripted(ConversationStatus.DONE, Optional.empty()));
    fake.putAgent(AGENT, AgentSettings.empty().withCriterion(new EvaluationCriterion("answered", "Answered", "The agent answers.")));

    Analysis analysis = analysis(fake.runAnalysis(ID));

    assertEquals(List.of("answered"), criterionIds(analysis));
    assertEquals(Optional.of("Where is my parcel"), analysis.callSummaryTitle());
    assertTrue(analysis.transcriptSummary().contains("Where is my parcel?"), analysis.transcriptSummary());
  }

  @Test
  void aScriptedConversationOfAnAgentWithoutSettingsKeepsItsAnalysis() {
    Analysis own =
        Analysis.builder().callSuccessful(Verdict.FAILURE).transcriptSummary("As scripted.").build();
    Conversation conversation = scripted(ConversationStatus.DONE, Optional.of(own));
    fake.putConversation(conversation);

    assertEquals(conversation, value(fake.runAnalysis(ID)));

    fake.forceVerdict(ID, "later", Verdict.SUCCESS);
    Analysis forced = analysis(fake.runAnalysis(ID));
    assertEquals("As scripted.", forced.transcriptSummary());
    assertEquals(List.of("later"), criterionIds(forced));
    assertEquals(Verdict.SUCCESS, forced.callSuccessful(), "derived again once a verdict is forced");
  }

  @Test
  void aDoneScriptedConversationWithoutAnalysisOrAgentGetsOne() {
    fake.putConversation(scripted(ConversationStatus.DONE, Optional.empty()));

    Analysis analysis = analysis(fake.runAnalysis(ID));

    assertEquals(List.of(), criterionIds(analysis));
    assertEquals(Verdict.SUCCESS, analysis.callSuccessful());
  }

  @Test
  void aConversationThatIsNotDoneIsReturnedAsItIs() {
    Conversation processing = scripted(ConversationStatus.PROCESSING, Optional.empty());
    fake.putConversation(processing).putAgent(AGENT, AgentSettings.defaults());

    assertEquals(processing, value(fake.runAnalysis(ID)));
  }

  @Test
  void anEmptyTranscriptGivesUndecidedVerdictsAndNoValues() {
    fake.putConversation(Conversation.builder().from(scripted(ConversationStatus.DONE, Optional.empty())).transcript(List.of()).build());
    fake.putAgent(AGENT, AgentSettings.defaults());

    Analysis analysis = analysis(fake.runAnalysis(ID));

    assertTrue(analysis.criteria().stream().allMatch(c -> Verdict.UNKNOWN.equals(c.result())), analysis.criteria()::toString);
    assertTrue(analysis.dataCollections().stream().allMatch(d -> d.value().isEmpty()));
    assertEquals(Verdict.UNKNOWN, analysis.callSuccessful());
    assertEquals("The conversation has no transcript.", analysis.transcriptSummary());
  }

  @Test
  void aChangedTranscriptIsEvaluatedAgain() {
    Conversation first = scripted(ConversationStatus.DONE, Optional.empty());
    fake.putConversation(first).putAgent(AGENT, AgentSettings.defaults());
    Analysis before = analysis(fake.runAnalysis(ID));

    fake.putConversation(
        Conversation.builder()
            .from(first)
            .addTranscript(TranscriptEntry.builder().role(Role.USER).message("And my other order?").timeInCallSecs(9).build())
            .build());
    Analysis after = analysis(fake.runAnalysis(ID));

    assertNotEquals(before, after);
  }

  @Test
  void agentSettingsCanBeReadBackAndRefuseDuplicateIds() {
    assertEquals(Optional.of(AgentSettings.defaults()), fake.agent(GENERATED_AGENT));
    assertEquals(Optional.empty(), fake.agent(AGENT));
    EvaluationCriterion criterion = new EvaluationCriterion("x", "X", "x");
    assertThrows(IllegalArgumentException.class, () -> new AgentSettings(List.of(criterion, criterion), List.of()));
    assertThrows(IllegalArgumentException.class, () -> new EvaluationCriterion(" ", "X", "x"));
  }

  private static Conversation scripted(ConversationStatus status, Optional<Analysis> analysis) {
    return Conversation.builder()
        .conversationId(ID)
        .agentId(AGENT)
        .status(status)
        .metadata(ConversationMetadata.builder().startTimeUnixSecs(1_700_000_000L).callDurationSecs(12).build())
        .addTranscript(
            TranscriptEntry.builder().role(Role.AGENT).message("Hi!").timeInCallSecs(0).build(),
            TranscriptEntry.builder().role(Role.USER).message("Where is my parcel?").timeInCallSecs(2).build(),
            TranscriptEntry.builder().role(Role.AGENT).message("On its way.").timeInCallSecs(5).build())
        .analysis(analysis)
        .build();
  }

  private static Analysis analysis(java.util.concurrent.CompletionStage<Conversation> stage) {
    return value(stage).analysis().orElseThrow(() -> new AssertionError("no analysis"));
  }

  private static List<String> criterionIds(Analysis analysis) {
    return analysis.criteria().stream().map(CriterionResult::criteriaId).collect(Collectors.toList());
  }
}
