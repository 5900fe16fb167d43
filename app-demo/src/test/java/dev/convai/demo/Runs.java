package dev.convai.demo;

import dev.convai.adapter.http.ConversationJson;
import dev.convai.analysis.Analysis;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.DataCollectionResult;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.AgentId;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.conversation.ConversationMetadata;
import dev.convai.conversation.ConversationStatus;
import dev.convai.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made runs: conversations with chosen verdicts and values, written as JSON lines files. */
final class Runs {

  private Runs() {}

  /** A conversation builder reduced to what diff reads. */
  static Record conversation(String id) {
    return new Record(id);
  }

  /** Writes the records as one JSON lines file, as {@code analyze --format jsonl} would. */
  static Path write(Path file, Record... records) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Record record : records) {
      lines.add(ConversationJson.encode(record.build()));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  /** One conversation of a hand-made run. */
  static final class Record {
    private final String id;
    private Verdict callSuccessful = Verdict.SUCCESS;
    private final Map<String, CriterionResult> criteria = new LinkedHashMap<>();
    private final Map<String, JsonValue> values = new LinkedHashMap<>();

    private Record(String id) {
      this.id = id;
    }

    Record call(Verdict verdict) {
      this.callSuccessful = verdict;
      return this;
    }

    Record criterion(String criterionId, Verdict verdict, String rationale) {
      criteria.put(
          criterionId, CriterionResult.builder().criteriaId(criterionId).result(verdict).rationale(rationale).build());
      return this;
    }

    Record scored(String criterionId, Verdict verdict, long score, long maxScore) {
      criteria.put(
          criterionId,
          CriterionResult.builder()
              .criteriaId(criterionId)
              .result(verdict)
              .rationale("Scored " + score + " of " + maxScore + ".")
              .scoringMode(dev.convai.analysis.ScoringMode.NUMERIC_UNIFORM)
              .score(score)
              .maxScore(maxScore)
              .build());
      return this;
    }

    Record passes(String criterionId) {
      return criterion(criterionId, Verdict.SUCCESS, criterionId + " met.");
    }

    Record fails(String criterionId) {
      return criterion(criterionId, Verdict.FAILURE, criterionId + " not met.");
    }

    Record value(String itemId, JsonValue value) {
      values.put(itemId, value);
      return this;
    }

    Conversation build() {
      var analysis =
          Analysis.builder().callSuccessful(callSuccessful).transcriptSummary("A hand-made call.");
      criteria.forEach(analysis::putEvaluationCriteriaResult);
      values.forEach(
          (item, value) ->
              analysis.putDataCollectionResult(
                  item, DataCollectionResult.builder().dataCollectionId(item).value(value).rationale("Said so.").build()));
      return Conversation.builder()
          .conversationId(ConversationId.of(id))
          .agentId(AgentId.of("agent_1"))
          .status(ConversationStatus.DONE)
          .metadata(ConversationMetadata.builder().startTimeUnixSecs(1_750_000_000L).callDurationSecs(42).build())
          .analysis(analysis.build())
          .build();
    }
  }
}
