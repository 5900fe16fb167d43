package dev.convai.demo;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.DataCollectionResult;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What {@code diff} compares of one conversation of a run: its call success, each criterion's
 * verdict (with rationale and numeric score) and each collected value. Everything else of the
 * conversation (the transcript above all) is dropped as the file is read, so a run of many
 * thousands of conversations fits in memory.
 *
 * @param id the conversation
 * @param callSuccessful the call's success; empty when the conversation has no analysis
 * @param criteria the criteria's results by criterion id, in the analysis's order
 * @param values the collected values as compact JSON text ({@code null} for none), by item id
 */
record RunRecord(
    ConversationId id, Optional<Verdict> callSuccessful, Map<String, Criterion> criteria, Map<String, String> values) {

  RunRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(callSuccessful, "callSuccessful");
    criteria = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The parts of this conversation that diff compares. */
  static RunRecord of(Conversation conversation) {
    Optional<Analysis> analysis = conversation.analysis();
    Map<String, Criterion> criteria = new LinkedHashMap<>();
    Map<String, String> values = new LinkedHashMap<>();
    analysis.ifPresent(
        present -> {
          for (CriterionResult result : present.criteria()) {
            criteria.put(result.criteriaId(), Criterion.of(result));
          }
          for (DataCollectionResult result : present.dataCollections()) {
            values.put(result.dataCollectionId(), JsonText.of(result.value().orElse(JsonValue.nullValue())));
          }
        });
    return new RunRecord(conversation.conversationId(), analysis.map(Analysis::callSuccessful), criteria, values);
  }

  /**
   * One criterion's result.
   *
   * @param verdict success, failure, unknown or a value the server added later
   * @param rationale the evaluator's reasons
   * @param score the numeric score of a numerically scored criterion
   * @param maxScore the greatest score it could have had
   */
  record Criterion(Verdict verdict, String rationale, OptionalDouble score, OptionalDouble maxScore) {

    Criterion {
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(rationale, "rationale");
      Objects.requireNonNull(score, "score");
      Objects.requireNonNull(maxScore, "maxScore");
    }

    static Criterion of(CriterionResult result) {
      return new Criterion(result.result(), result.rationale(), asDouble(result.score()), asDouble(result.maxScore()));
    }

    private static OptionalDouble asDouble(java.util.OptionalLong value) {
      return value.isPresent() ? OptionalDouble.of(value.getAsLong()) : OptionalDouble.empty();
    }

    /** The score as a fraction of its maximum, when both are known and the maximum is positive. */
    OptionalDouble fraction() {
      if (score.isEmpty() || maxScore.isEmpty() || maxScore.getAsDouble() <= 0) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(score.getAsDouble() / maxScore.getAsDouble());
    }
  }
}
