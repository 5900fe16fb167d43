package dev.convai.demo;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.DataCollectionResult;
import dev.convai.conversation.Conversation;
import dev.convai.json.JsonValue;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code --format csv}: a header, then one RFC 4180 row per conversation. The fixed columns work
 * for any agent; criteria and data-collection results, whose ids differ per agent, are one JSON
 * object per cell.
 */
final class CsvWriter extends RecordWriter {

  static final List<String> HEADER =
      List.of(
          "conversation_id",
          "agent_id",
          "status",
          "start_time",
          "call_duration_secs",
          "call_successful",
          "call_summary_title",
          "criteria_success",
          "criteria_failure",
          "criteria_unknown",
          "failed_criteria",
          "criteria",
          "data_collection",
          "transcript_summary");

  CsvWriter(PrintWriter out) {
    super(out);
  }

  @Override
  void begin() {
    row(HEADER);
  }

  @Override
  void writeRecord(Conversation conversation) {
    Analysis analysis = conversation.analysis().orElse(null);
    List<CriterionResult> criteria = analysis == null ? List.of() : analysis.criteria();
    List<DataCollectionResult> data = analysis == null ? List.of() : analysis.dataCollections();
    Map<String, JsonValue> verdicts = new LinkedHashMap<>();
    criteria.forEach(result -> verdicts.put(result.criteriaId(), JsonValue.of(result.result().value())));
    Map<String, JsonValue> values = new LinkedHashMap<>();
    data.forEach(result -> values.put(result.dataCollectionId(), result.value().orElse(JsonValue.nullValue())));
    row(
        List.of(
            conversation.conversationId().value(),
            conversation.agentId().value(),
            conversation.status().value(),
            conversation.startTime().map(Instant::toString).orElse(""),
            Long.toString(conversation.metadata().callDurationSecs()),
            analysis == null ? "" : analysis.callSuccessful().value(),
            analysis == null ? "" : analysis.callSummaryTitle().orElse(""),
            Long.toString(criteria.stream().filter(CriterionResult::passed).count()),
            Long.toString(criteria.stream().filter(CriterionResult::failed).count()),
            Long.toString(criteria.stream().filter(result -> !result.passed() && !result.failed()).count()),
            criteria.stream().filter(CriterionResult::failed).map(CriterionResult::criteriaId).collect(Collectors.joining(" ")),
            verdicts.isEmpty() ? "" : JsonText.object(verdicts),
            values.isEmpty() ? "" : JsonText.object(values),
            analysis == null ? "" : analysis.transcriptSummary()));
  }

  private void row(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(quote(cells.get(i)));
    }
    // RFC 4180 ends rows with CRLF, which every CSV reader accepts.
    out.print(line.append("\r\n"));
  }

  /** A cell, quoted when it holds a separator, a quote or a line break. */
  static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
