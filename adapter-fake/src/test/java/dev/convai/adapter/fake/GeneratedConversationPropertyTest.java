package dev.convai.adapter.fake;

import static dev.convai.adapter.fake.Stages.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.json.JsonValue;
import dev.convai.transcript.ToolCall;
import dev.convai.transcript.ToolResult;
import dev.convai.transcript.TranscriptEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties of generated conversations over random ids. The ids come from a seed that is printed
 * (and put in every failure message); rerun a failure with {@code -Dconvai.property.seed=<seed>}.
 */
class GeneratedConversationPropertyTest {

  private static final long SEED = Long.getLong("convai.property.seed", ThreadLocalRandom.current().nextLong());
  private static final int IDS = 300;

  /** Characters ids are drawn from: the awkward ones for paths and JSON, non-ASCII, a surrogate pair. */
  private static final List<String> ALPHABET =
      List.of("a", "z", "Q", "0", "9", "_", "-", ".", " ", "/", "?", "#", "%", "+", "\"", "\\", "ä", "ß", "✓", "😀");

  @BeforeAll
  static void printSeed() {
    System.out.println("GeneratedConversationPropertyTest seed: " + SEED);
  }

  @Test
  void everyIdGivesAWellFormedConversationThatIsTheSameEachTime() {
    SplittableRandom random = new SplittableRandom(SEED);
    try (FakeConversationAnalysisAdapter first = FakeConversationAnalysisAdapter.create();
        FakeConversationAnalysisAdapter second = FakeConversationAnalysisAdapter.create()) {
      for (int i = 0; i < IDS; i++) {
        ConversationId id = randomId(random);
        Supplier<String> where = () -> "id \"" + id + "\", seed " + SEED;

        Conversation conversation = value(first.runAnalysis(id));
        assertEquals(conversation, value(second.runAnalysis(id)), where);
        assertEquals(conversation, value(first.runAnalysis(id)), where);

        assertWellFormed(conversation, id, where);
      }
    }
  }

  @Test
  void idsGiveVariedConversations() {
    Set<String> titles = new HashSet<>();
    Set<Verdict> verdicts = new HashSet<>();
    Set<JsonValue> callbacks = new HashSet<>();
    int withTools = 0;
    int conversations = 100;
    try (FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.create()) {
      for (int i = 0; i < conversations; i++) {
        Conversation conversation = value(fake.runAnalysis(ConversationId.of("conv_variety_" + i)));
        Analysis analysis = conversation.analysis().orElseThrow();
        titles.add(analysis.callSummaryTitle().orElseThrow());
        analysis.criteria().forEach(result -> verdicts.add(result.result()));
        callbacks.add(analysis.dataCollectionValue("callback_requested").orElseThrow());
        withTools += conversation.toolCalls().isEmpty() ? 0 : 1;
      }
    }
    assertTrue(titles.size() >= 4, () -> "titles: " + titles);
    assertEquals(Set.of(Verdict.SUCCESS, Verdict.FAILURE, Verdict.UNKNOWN), verdicts);
    assertEquals(Set.of(JsonValue.of(true), JsonValue.of(false)), callbacks);
    assertTrue(withTools > 0 && withTools < conversations, "conversations with a tool call: " + withTools);
  }

  private static void assertWellFormed(Conversation conversation, ConversationId id, Supplier<String> where) {
    assertEquals(id, conversation.conversationId(), where);
    assertEquals(FakeConversationAnalysisAdapter.GENERATED_AGENT, conversation.agentId(), where);
    assertTrue(conversation.isDone(), where);

    List<TranscriptEntry> transcript = conversation.transcript();
    assertTrue(transcript.size() >= 6, where);
    assertTrue(transcript.get(0).isAgent(), where);
    for (int turn = 1; turn < transcript.size(); turn++) {
      assertTrue(transcript.get(turn - 1).timeInCallSecs() <= transcript.get(turn).timeInCallSecs(), where);
    }
    assertTrue(conversation.callDuration().getSeconds() >= transcript.get(transcript.size() - 1).timeInCallSecs(), where);
    long start = conversation.metadata().startTimeUnixSecs();
    assertTrue(start >= ConversationGenerator.EPOCH_BASE && start < ConversationGenerator.EPOCH_BASE + 365L * 24 * 3600, where);
    assertEquals(
        conversation.toolCalls().stream().map(ToolCall::requestId).collect(Collectors.toList()),
        conversation.toolResults().stream().map(ToolResult::requestId).collect(Collectors.toList()),
        where);

    Analysis analysis = conversation.analysis().orElseThrow();
    assertEquals(
        AgentSettings.defaults().criteria().stream().map(EvaluationCriterion::id).collect(Collectors.toList()),
        analysis.criteria().stream().map(CriterionResult::criteriaId).collect(Collectors.toList()),
        where);
    assertTrue(analysis.criteria().stream().allMatch(result -> result.result().isKnown() && !result.rationale().isBlank()), where);
    assertEquals(JsonValue.Kind.STRING, analysis.dataCollectionValue("customer_request").orElseThrow().kind(), where);
    assertTrue(analysis.dataCollectionValue("reference_number").orElseThrow().asLong().isPresent(), where);
    assertFalse(((JsonValue.JsonNumber) analysis.dataCollectionValue("satisfaction").orElseThrow()).isIntegral(), where);
    assertEquals(JsonValue.Kind.BOOLEAN, analysis.dataCollectionValue("callback_requested").orElseThrow().kind(), where);
    assertFalse(analysis.transcriptSummary().isBlank(), where);
    assertTrue(analysis.callSummaryTitle().filter(title -> !title.isBlank()).isPresent(), where);
  }

  private static ConversationId randomId(SplittableRandom random) {
    while (true) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET.get(random.nextInt(ALPHABET.size())));
      }
      try {
        return ConversationId.of(text.toString());
      } catch (IllegalArgumentException refused) {
        // blank, "." or "..": draw again
      }
    }
  }
}
