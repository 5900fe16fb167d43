package dev.convai.adapter.fake;

import static dev.convai.adapter.fake.FakeConversationAnalysisAdapter.GENERATED_AGENT;
import static dev.convai.adapter.fake.Stages.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.ScoringMode;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.initiation.TtsModel;
import dev.convai.transcript.TranscriptEntry;
import dev.convai.usage.Charging;
import dev.convai.usage.PlatformCategoryUsage;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake speaks the live API: numeric criteria, and the members the live API adds. */
class LiveApiMembersTest {

  private static final ConversationId ID = ConversationId.of("conv_live");

  private final FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.create();

  @AfterEach
  void close() {
    fake.close();
  }

  private static EvaluationCriterion empathy(long maxScore) {
    return EvaluationCriterion.numeric("empathy", "Empathy", "How well the agent acknowledges the user's problem.", maxScore);
  }

  private CriterionResult result(ConversationId id, String criterionId) {
    return value(fake.runAnalysis(id)).analysis().orElseThrow().criterion(criterionId).orElseThrow();
  }

  @Test
  void aNumericCriterionGetsAScoreUpToItsMaximumAndAVerdictThatFollowsIt() {
    fake.updateAgent(GENERATED_AGENT, settings -> settings.withCriterion(empathy(10)));
    Set<Long> scores = new HashSet<>();
    for (int i = 0; i < 60; i++) {
      CriterionResult result = result(ConversationId.of("conv_" + i), "empathy");

      assertEquals(ScoringMode.NUMERIC_UNIFORM, result.scoringMode().orElseThrow());
      assertEquals(OptionalLong.of(10), result.maxScore());
      long score = result.score().orElseThrow();
      assertTrue(score >= 0 && score <= 10, "score " + score);
      assertEquals(score >= 5 ? Verdict.SUCCESS : Verdict.FAILURE, result.result(), "score " + score);
      assertTrue(result.rationale().startsWith("Scored " + score + " of 10"), result.rationale());
      assertTrue(result.isNumeric());
      scores.add(score);
    }
    assertTrue(scores.size() >= 6, "scores spread over the range: " + scores);
  }

  @Test
  void theSameConversationGetsTheSameScore() {
    fake.updateAgent(GENERATED_AGENT, settings -> settings.withCriterion(empathy(100)));
    CriterionResult first = result(ID, "empathy");

    try (FakeConversationAnalysisAdapter other = FakeConversationAnalysisAdapter.create()) {
      other.updateAgent(GENERATED_AGENT, settings -> settings.withCriterion(empathy(100)));
      assertEquals(first, value(other.runAnalysis(ID)).analysis().orElseThrow().criterion("empathy").orElseThrow());
    }
    assertEquals(first, result(ID, "empathy"));
  }

  @Test
  void binaryCriteriaSayHowTheyAreScoredAndHaveNoScore() {
    CriterionResult greeting = result(ID, "greeting");

    assertEquals(ScoringMode.BINARY, greeting.scoringMode().orElseThrow());
    assertTrue(greeting.score().isEmpty());
    assertTrue(greeting.maxScore().isEmpty());
    assertFalse(greeting.isNumeric());
  }

  @Test
  void aForcedVerdictOnANumericCriterionKeepsHowItIsScoredButHasNoScore() {
    fake.updateAgent(GENERATED_AGENT, settings -> settings.withCriterion(empathy(5)));
    fake.forceVerdict(ID, "empathy", Verdict.FAILURE);

    CriterionResult forced = result(ID, "empathy");

    assertEquals(Verdict.FAILURE, forced.result());
    assertEquals(ScoringMode.NUMERIC_UNIFORM, forced.scoringMode().orElseThrow());
    assertEquals(OptionalLong.of(5), forced.maxScore());
    assertTrue(forced.score().isEmpty());
  }

  @Test
  void anEmptyTranscriptGivesANumericCriterionNoScore() {
    fake.updateAgent(GENERATED_AGENT, settings -> settings.withCriterion(empathy(10)));
    Conversation silent =
        Conversation.builder().from(value(fake.runAnalysis(ID))).transcript(java.util.List.of()).build();
    fake.putConversation(silent);

    CriterionResult result = result(ID, "empathy");

    assertEquals(Verdict.UNKNOWN, result.result());
    assertTrue(result.score().isEmpty());
    assertEquals(OptionalLong.of(10), result.maxScore());
  }

  @Test
  void criteriaAreBinaryUnlessMadeNumericWithAMaximum() {
    assertEquals(ScoringMode.BINARY, new EvaluationCriterion("a", "A", "a").scoringMode());
    assertEquals(empathy(3), empathy(3).withPrompt(empathy(3).prompt()));
    assertTrue(empathy(3).withPrompt("other").isNumeric());
    assertThrows(IllegalArgumentException.class, () -> empathy(0));
    assertThrows(
        IllegalArgumentException.class, () -> empathy(EvaluationCriterion.LARGEST_MAX_SCORE + 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new EvaluationCriterion("a", "A", "a", ScoringMode.NUMERIC_UNIFORM, OptionalLong.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new EvaluationCriterion("a", "A", "a", ScoringMode.BINARY, OptionalLong.of(10)));
  }

  @Test
  void generatedConversationsCarryTheLiveMembers() {
    Conversation conversation = value(fake.runAnalysis(ConversationId.of("y")));

    assertEquals(false, conversation.hasAuxiliaryAudio().orElseThrow());
    Charging charging = conversation.metadata().charging().orElseThrow();
    double llm = charging.llmPrice().orElseThrow();
    double platform = charging.platformPrice().orElseThrow();
    assertEquals(llm + platform, conversation.metadata().costFiat().orElseThrow());
    assertEquals(
        charging.platformCharge().orElseThrow(),
        charging.platformUsage().orElseThrow().categoryUsage().values().stream()
            .mapToLong(category -> category.credits().orElseThrow())
            .sum());
    assertEquals(
        platform,
        charging.platformUsage().orElseThrow().categoryUsage().values().stream()
            .mapToDouble(category -> category.price().orElseThrow())
            .sum());
    assertTrue(
        TtsModel.knownValues().contains(
            conversation.conversationInitiationClientData().orElseThrow()
                .conversationConfigOverride().orElseThrow()
                .tts().orElseThrow()
                .modelId().orElseThrow()));
    conversation.transcript().stream()
        .filter(TranscriptEntry::isUser)
        .forEach(turn -> assertEquals(false, turn.ignoredAsBackchannel().orElseThrow()));
    // Id "y" is a call that uses a tool; the turn that calls it says why.
    TranscriptEntry calling =
        conversation.transcript().stream().filter(turn -> !turn.toolCalls().isEmpty()).findFirst().orElseThrow();
    assertEquals(true, calling.reasoned().orElseThrow());
    assertTrue(calling.reasoning().get(0).summary().orElseThrow().contains(calling.toolCalls().get(0).toolName()));
  }

  @Test
  void platformCategoriesAreNamedAndPriced() {
    Conversation conversation = value(fake.runAnalysis(ID));

    var categories = conversation.metadata().charging().orElseThrow().platformUsage().orElseThrow().categoryUsage();
    assertEquals(Set.of("audio", "telephony"), categories.keySet());
    for (PlatformCategoryUsage category : categories.values()) {
      assertTrue(category.price().orElseThrow() > 0);
      assertEquals((double) conversation.metadata().callDurationSecs(), category.quantity().orElseThrow());
    }
  }
}
