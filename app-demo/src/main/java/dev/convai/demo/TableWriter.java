package dev.convai.demo;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.DataCollectionResult;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.Conversation;
import dev.convai.json.JsonValue;
import java.io.PrintWriter;
import java.time.Instant;

/**
 * {@code --format table}: one block of text per conversation, for people: status and call
 * success, the summary, each criterion's verdict (and score, for a numeric one) with its
 * rationale, and the collected data.
 */
final class TableWriter extends RecordWriter {

  private static final int WIDTH = 100;

  TableWriter(PrintWriter out) {
    super(out);
  }

  @Override
  void writeRecord(Conversation conversation) {
    Analysis analysis = conversation.analysis().orElse(null);
    StringBuilder head = new StringBuilder();
    head.append(conversation.conversationId())
        .append("  agent ")
        .append(conversation.agentId())
        .append("  status ")
        .append(conversation.status());
    conversation.startTime().map(Instant::toString).ifPresent(start -> head.append("  started ").append(start));
    head.append("  ").append(conversation.metadata().callDurationSecs()).append(" s");
    out.println(head);
    if (analysis == null) {
      out.println("  no analysis");
      out.println();
      return;
    }
    out.println("  call successful: " + analysis.callSuccessful());
    analysis.callSummaryTitle().ifPresent(title -> out.println("  title: " + title));
    if (!analysis.transcriptSummary().isBlank()) {
      wrap("  summary: ", 11, analysis.transcriptSummary());
    }
    if (!analysis.criteria().isEmpty()) {
      out.println("  criteria:");
      for (CriterionResult result : analysis.criteria()) {
        wrap("    " + mark(result.result()) + " " + result.criteriaId() + score(result) + ": ", 11, result.rationale());
      }
    }
    if (!analysis.dataCollections().isEmpty()) {
      out.println("  data collected:");
      for (DataCollectionResult result : analysis.dataCollections()) {
        out.println("    " + result.dataCollectionId() + " = " + result.value().map(JsonText::of).orElse(JsonText.of(JsonValue.nullValue())));
      }
    }
    out.println();
  }

  /** {@code " (7/10)"} for a criterion with a score, {@code " (7)"} without a maximum; else nothing. */
  private static String score(CriterionResult result) {
    if (result.score().isEmpty()) {
      return "";
    }
    return " (" + result.score().getAsLong()
        + (result.maxScore().isPresent() ? "/" + result.maxScore().getAsLong() : "") + ")";
  }

  /** A fixed-width mark, so the ids line up whatever the verdict. */
  private static String mark(Verdict verdict) {
    if (Verdict.SUCCESS.equals(verdict)) {
      return "[pass]";
    }
    if (Verdict.FAILURE.equals(verdict)) {
      return "[FAIL]";
    }
    if (Verdict.UNKNOWN.equals(verdict)) {
      return "[ ?  ]";
    }
    return "[" + verdict.value() + "]";
  }

  /** Prints the text after the label, wrapped at word boundaries, continuation lines indented. */
  private void wrap(String label, int indentWidth, String text) {
    String indent = " ".repeat(indentWidth);
    StringBuilder line = new StringBuilder(label);
    boolean empty = true;
    for (String word : text.strip().split("\\s+")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.println(line);
        line = new StringBuilder(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    out.println(line);
  }
}
