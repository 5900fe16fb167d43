package dev.convai.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.AgentId;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.conversation.ConversationMetadata;
import dev.convai.conversation.ConversationStatus;
import dev.convai.json.JsonValue;
import dev.convai.transcript.Role;
import dev.convai.transcript.ToolCall;
import dev.convai.transcript.TranscriptEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversationConveniencesTest {

  private static CriterionResult criterion(String id, Verdict verdict) {
    return CriterionResult.builder().criteriaId(id).result(verdict).rationale("because " + id).build();
  }

  private static Conversation analysed() {
    Analysis analysis = Analysis.builder()
        .putEvaluationCriteriaResult("greeting", criterion("greeting", Verdict.SUCCESS))
        .putEvaluationCriteriaResult("resolution", criterion("resolution", Verdict.FAILURE))
        .putEvaluationCriteriaResult("tone", criterion("tone", Verdict.of("partial")))
        .putDataCollectionResult("order_id", DataCollectionResult.builder()
            .dataCollectionId("order_id").value(JsonValue.of(98765L)).rationale("said so").build())
        .callSuccessful(Verdict.FAILURE)
        .transcriptSummary("The caller asked about an order.")
        .build();
    return Conversation.builder()
        .conversationId(ConversationId.of("conv_1"))
        .agentId(AgentId.of("agent_1"))
        .status(ConversationStatus.DONE)
        .metadata(ConversationMetadata.builder().startTimeUnixSecs(1_749_124_522L).callDurationSecs(159).build())
        .analysis(analysis)
        .addTranscript(turn(Role.AGENT, 0, "Hello"))
        .addTranscript(TranscriptEntry.builder().role(Role.USER).timeInCallSecs(3).message("Where is my order?")
            .addToolCall(ToolCall.builder().requestId("r1").toolName("lookup").paramsAsJson("{}").toolHasBeenCalled(true).build())
            .build())
        .addTranscript(turn(Role.AGENT, 5, "Let me check"))
        .build();
  }

  private static TranscriptEntry turn(Role role, long at, String text) {
    return TranscriptEntry.builder().role(role).timeInCallSecs(at).message(text).build();
  }

  @Test
  void aNumericCriterionGivesItsScoreAsAFractionOfTheMaximum() {
    CriterionResult scored =
        CriterionResult.builder().from(criterion("empathy", Verdict.SUCCESS))
            .scoringMode(ScoringMode.NUMERIC_UNIFORM).score(7).maxScore(10).build();
    CriterionResult unscored =
        CriterionResult.builder().from(criterion("empathy", Verdict.SUCCESS))
            .scoringMode(ScoringMode.NUMERIC_UNIFORM).maxScore(10).build();
    CriterionResult noMaximum = CriterionResult.builder().from(criterion("x", Verdict.SUCCESS)).score(3).build();
    CriterionResult zeroMaximum =
        CriterionResult.builder().from(criterion("x", Verdict.SUCCESS)).score(3).maxScore(0).build();

    assertEquals(0.7, scored.scoreFraction().orElseThrow(), 1e-15);
    assertTrue(unscored.scoreFraction().isEmpty());
    assertTrue(noMaximum.scoreFraction().isEmpty());
    assertTrue(zeroMaximum.scoreFraction().isEmpty());
  }

  @Test
  void aCriterionIsNumericByItsModeOrWithoutAKnownModeByItsScore() {
    CriterionResult binary = criterion("greeting", Verdict.SUCCESS);
    assertFalse(binary.isNumeric());
    assertFalse(CriterionResult.builder().from(binary).scoringMode(ScoringMode.BINARY).score(1).build().isNumeric());
    assertTrue(CriterionResult.builder().from(binary).scoringMode(ScoringMode.NUMERIC_UNIFORM).build().isNumeric());
    assertTrue(CriterionResult.builder().from(binary).score(4).build().isNumeric());
    assertTrue(CriterionResult.builder().from(binary).scoringMode(ScoringMode.of("weighted")).score(4).build().isNumeric());
    assertFalse(CriterionResult.builder().from(binary).scoringMode(ScoringMode.of("weighted")).build().isNumeric());
  }

  @Test
  void theNumericCriteriaOfAnAnalysisAreListedInOrder() {
    CriterionResult empathy =
        CriterionResult.builder().from(criterion("empathy", Verdict.SUCCESS))
            .scoringMode(ScoringMode.NUMERIC_UNIFORM).score(4).maxScore(5).build();
    CriterionResult clarity = CriterionResult.builder().from(criterion("clarity", Verdict.FAILURE)).score(1).build();
    Analysis analysis = Analysis.builder()
        .from(analysed().analysis().orElseThrow())
        .putEvaluationCriteriaResult("empathy", empathy)
        .putEvaluationCriteriaResult("clarity", clarity)
        .build();

    assertEquals(List.of(empathy, clarity), analysis.numericCriteria());
    assertEquals(List.of(), analysed().analysis().orElseThrow().numericCriteria());
  }

  @Test
  void verdictsAreCountedIncludingOnesTheLibraryDoesNotKnow() {
    Analysis analysis = analysed().analysis().orElseThrow();
    Map<Verdict, Long> counts = analysis.verdictCounts();
    assertEquals(1L, counts.get(Verdict.SUCCESS));
    assertEquals(1L, counts.get(Verdict.FAILURE));
    assertEquals(0L, counts.get(Verdict.UNKNOWN));
    assertEquals(1L, counts.get(Verdict.of("partial")));
  }

  @Test
  void failedCriteriaAndValuesByIdAreAtHand() {
    Conversation conversation = analysed();
    assertEquals(List.of("resolution"),
        conversation.failedCriteria().stream().map(CriterionResult::criteriaId).toList());
    assertEquals(98765L, conversation.dataCollection("order_id").flatMap(DataCollectionResult::value)
        .orElseThrow().asLong().getAsLong());
    assertTrue(conversation.dataCollection("missing").isEmpty());
    assertEquals(Verdict.FAILURE, conversation.callSuccessful().orElseThrow());
  }

  @Test
  void turnsToolCallsAndTimes() {
    Conversation conversation = analysed();
    assertEquals(2, conversation.agentTurns().size());
    assertEquals(1, conversation.userTurns().size());
    assertEquals("lookup", conversation.toolCalls().get(0).toolName());
    assertEquals(Instant.parse("2025-06-05T11:55:22Z"), conversation.startTime().orElseThrow());
    assertEquals(Duration.ofSeconds(159), conversation.callDuration());
    assertEquals(Duration.ofSeconds(3), conversation.userTurns().get(0).timeInCall());
  }

  @Test
  void anEpochBeyondInstantGivesNoInstantRatherThanAnError() {
    ConversationMetadata metadata =
        ConversationMetadata.builder().startTimeUnixSecs(Long.MAX_VALUE).callDurationSecs(1).build();
    assertTrue(metadata.startTime().isEmpty());
    assertEquals(Long.MAX_VALUE, metadata.startTimeUnixSecs());
  }

  @Test
  void theListFormIsUsedWhenTheApiSentOnlyThat() {
    Analysis analysis = Analysis.builder()
        .addEvaluationCriteriaResultsList(criterion("only_in_list", Verdict.FAILURE))
        .callSuccessful(Verdict.SUCCESS)
        .transcriptSummary("")
        .build();
    assertEquals("only_in_list", analysis.criterion("only_in_list").orElseThrow().criteriaId());
    assertEquals(1, analysis.failedCriteria().size());
  }
}
