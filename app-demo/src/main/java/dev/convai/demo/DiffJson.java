package dev.convai.demo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.ConversationId;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code diff --format json}: the comparison of two runs as one JSON document for programs, with
 * snake_case names and every changed conversation listed.
 */
final class DiffJson {

  // The target is standard output, owned by the caller: closing the generator must not close it.
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private DiffJson() {}

  static void write(RunDiff diff, Writer out) throws IOException {
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      side(json, "baseline", diff.baseline());
      side(json, "new", diff.next());
      json.writeNumberField("compared", diff.compared());
      json.writeBooleanField("verdicts_changed", diff.anyVerdictChanged());
      json.writeNumberField("verdict_changes", diff.verdictChanges());
      json.writeNumberField("conversations_with_verdict_changes", diff.conversationsWithVerdictChanges());
      ids(json, "only_in_baseline", diff.onlyInBaseline());
      ids(json, "only_in_new", diff.onlyInNew());

      json.writeArrayFieldStart("criteria");
      for (RunDiff.CriterionDiff criterion : diff.criteria().values()) {
        json.writeStartObject();
        json.writeStringField("criteria_id", criterion.id());
        json.writeObjectFieldStart("transitions");
        for (Map.Entry<RunDiff.Transition, Long> transition : criterion.transitions().entrySet()) {
          json.writeNumberField(transition.getKey().name().toLowerCase(java.util.Locale.ROOT), transition.getValue());
        }
        json.writeEndObject();
        json.writeNumberField("verdict_changes", criterion.verdictChanges());
        tally(json, "before", criterion.before());
        tally(json, "after", criterion.after());
        if (criterion.numeric()) {
          json.writeObjectFieldStart("scores");
          if (criterion.maxScore() > 0) {
            json.writeNumberField("max_score", criterion.maxScore());
          }
          json.writeNumberField("changed", criterion.scoreChanges());
          scores(json, "before", criterion.scoresBefore());
          scores(json, "after", criterion.scoresAfter());
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      json.writeEndArray();

      json.writeObjectFieldStart("call_successful");
      json.writeNumberField("changed", diff.callSuccessChanges());
      json.writeObjectFieldStart("transitions");
      for (Map.Entry<String, Long> transition : diff.callSuccessTransitions().entrySet()) {
        json.writeNumberField(transition.getKey(), transition.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();

      json.writeArrayFieldStart("data_collection");
      for (Map.Entry<String, Long> item : diff.valueChanges().entrySet()) {
        json.writeStartObject();
        json.writeStringField("data_collection_id", item.getKey());
        json.writeNumberField("changed", item.getValue());
        json.writeEndObject();
      }
      json.writeEndArray();

      json.writeArrayFieldStart("changed_conversations");
      for (RunDiff.ChangedConversation conversation : diff.changed()) {
        changed(json, conversation);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void side(JsonGenerator json, String name, RunDiff.RunSide side) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("file", side.file());
    json.writeNumberField("conversations", side.records().size());
    json.writeNumberField("repeated_ids", side.repeated());
    json.writeEndObject();
  }

  private static void ids(JsonGenerator json, String name, List<ConversationId> ids) throws IOException {
    json.writeArrayFieldStart(name);
    for (ConversationId id : ids) {
      json.writeString(id.value());
    }
    json.writeEndArray();
  }

  private static void tally(JsonGenerator json, String name, RunDiff.Tally tally) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeNumberField("success", tally.success());
    json.writeNumberField("failure", tally.failure());
    json.writeNumberField("unknown", tally.unknown());
    json.writeNumberField("other", tally.other());
    json.writeNumberField("total", tally.total());
    OptionalDouble rate = tally.successRate();
    if (rate.isPresent()) {
      json.writeNumberField("success_rate", rate.getAsDouble());
    } else {
      json.writeNullField("success_rate");
    }
    json.writeEndObject();
  }

  private static void scores(JsonGenerator json, String name, List<Double> scores) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeNumberField("count", scores.size());
    if (!scores.isEmpty()) {
      json.writeNumberField("min", scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
      json.writeNumberField("max", scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
      json.writeNumberField("mean", scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    }
    json.writeEndObject();
  }

  private static void changed(JsonGenerator json, RunDiff.ChangedConversation conversation) throws IOException {
    json.writeStartObject();
    json.writeStringField("conversation_id", conversation.id().value());
    if (conversation.callChanged()) {
      json.writeObjectFieldStart("call_successful");
      verdict(json, "before", conversation.callBefore());
      verdict(json, "after", conversation.callAfter());
      json.writeEndObject();
    }
    json.writeArrayFieldStart("criteria");
    for (RunDiff.CriterionChange change : conversation.criteria()) {
      json.writeStartObject();
      json.writeStringField("criteria_id", change.criterionId());
      json.writeStringField("transition", change.transition().name().toLowerCase(java.util.Locale.ROOT));
      result(json, "before", change.before());
      result(json, "after", change.after());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("data_collection");
    for (RunDiff.ValueChange value : conversation.values()) {
      json.writeStartObject();
      json.writeStringField("data_collection_id", value.itemId());
      rawValue(json, "before", value.before());
      rawValue(json, "after", value.after());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void verdict(JsonGenerator json, String name, Optional<Verdict> verdict) throws IOException {
    if (verdict.isPresent()) {
      json.writeStringField(name, verdict.get().value());
    } else {
      json.writeNullField(name);
    }
  }

  private static void result(JsonGenerator json, String name, RunRecord.Criterion result) throws IOException {
    if (result == null) {
      json.writeNullField(name);
      return;
    }
    json.writeObjectFieldStart(name);
    json.writeStringField("result", result.verdict().value());
    if (result.score().isPresent()) {
      json.writeNumberField("score", result.score().getAsDouble());
    }
    if (result.maxScore().isPresent()) {
      json.writeNumberField("max_score", result.maxScore().getAsDouble());
    }
    json.writeStringField("rationale", result.rationale());
    json.writeEndObject();
  }

  /** The collected value exactly as it was in the file (its JSON text), or null when not collected. */
  private static void rawValue(JsonGenerator json, String name, Optional<String> value) throws IOException {
    json.writeFieldName(name);
    if (value.isPresent()) {
      json.writeRawValue(value.get());
    } else {
      json.writeNull();
    }
  }
}
