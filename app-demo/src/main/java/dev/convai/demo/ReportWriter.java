package dev.convai.demo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.convai.batch.BatchReport;
import dev.convai.batch.ConcurrencySummary;
import dev.convai.batch.CriterionSummary;
import dev.convai.batch.DataCollectionSummary;
import dev.convai.batch.FailureGroup;
import dev.convai.batch.NumberSummary;
import dev.convai.batch.ValueCounts;
import dev.convai.conversation.ConversationId;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a {@link BatchReport} for people (aligned text) or for programs (JSON, snake_case). */
final class ReportWriter {

  // The target is standard error or a report file the caller owns: closing the generator must not close it.
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private static final int MAX_VALUE_LINES = 10;

  private ReportWriter() {}

  /** The report as aligned text. */
  static void writeText(BatchReport report, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "Batch: %d requested, %d succeeded, %d failed in %s%s%n",
        report.requested(),
        report.succeeded(),
        report.failed(),
        seconds(report),
        report.cancelled() ? " (cancelled)" : "");
    report.concurrency().ifPresent(concurrency -> out.println(describe(concurrency)));

    if (report.callSuccessful().total() > 0 || report.withoutAnalysis() > 0) {
      long analysed = report.callSuccessful().total();
      String verdicts =
          report.callSuccessful().counts().entrySet().stream()
              .map(entry -> entry.getKey() + " " + entry.getValue() + " (" + percent(entry.getValue(), analysed) + ")")
              .collect(Collectors.joining(", "));
      out.print("Call successful: " + verdicts);
      if (report.callSuccessful().others() > 0) {
        out.print(", other " + report.callSuccessful().others());
      }
      if (report.withoutAnalysis() > 0) {
        out.print("; " + report.withoutAnalysis() + " without analysis");
      }
      out.println();
    }

    if (!report.criteria().isEmpty()) {
      int width = Math.max(9, longest(report.criteria().keySet()));
      // The score column only when some criterion is scored with a number.
      boolean scored = report.criteria().values().stream().anyMatch(c -> c.scores().count() > 0);
      out.printf(Locale.ROOT, "Criteria%n  %-" + width + "s  %7s  %7s  %7s  %8s", "criterion", "success", "failure", "unknown", "success%");
      out.println(scored ? String.format(Locale.ROOT, "  %12s", "mean score") : "");
      for (CriterionSummary criterion : report.criteria().values()) {
        out.printf(
            Locale.ROOT,
            "  %-" + width + "s  %7d  %7d  %7d  %8s",
            criterion.criterionId(),
            criterion.success(),
            criterion.failure(),
            criterion.unknown() + criterion.other(),
            percent(criterion.success(), criterion.total()));
        out.println(scored ? String.format(Locale.ROOT, "  %12s", meanScore(criterion)) : "");
      }
      if (report.untrackedCriterionResults() > 0) {
        out.printf("  (%d results of further criteria not tracked)%n", report.untrackedCriterionResults());
      }
    }

    if (!report.dataCollection().isEmpty()) {
      int width = longest(report.dataCollection().keySet());
      out.println("Data collection");
      for (DataCollectionSummary item : report.dataCollection().values()) {
        out.printf(Locale.ROOT, "  %-" + width + "s  %s%n", item.dataCollectionId(), describe(item));
        ValueCounts values = item.values();
        // Counting every distinct number once each says nothing the range does not say better.
        boolean allDistinctNumbers =
            item.numbers().count() > 0 && values.counts().values().stream().allMatch(count -> count == 1);
        if (!allDistinctNumbers) {
          values.counts().entrySet().stream()
              .limit(MAX_VALUE_LINES)
              .forEach(entry -> out.printf(Locale.ROOT, "  %" + (width + 8) + "d  %s%n", entry.getValue(), entry.getKey()));
          int more = values.counts().size() - MAX_VALUE_LINES;
          if (more > 0 || values.truncated()) {
            out.printf(
                Locale.ROOT,
                "  %" + (width + 8) + "s  (%s)%n",
                "",
                (more > 0 ? more + " more values listed in the JSON report" : "")
                    + (more > 0 && values.truncated() ? "; " : "")
                    + (values.truncated() ? values.others() + " results with values not tracked" : ""));
          }
        }
      }
      if (report.untrackedDataCollectionResults() > 0) {
        out.printf("  (%d results of further items not tracked)%n", report.untrackedDataCollectionResults());
      }
    }

    if (!report.failures().isEmpty()) {
      out.println("Failures");
      for (FailureGroup group : report.failures().values()) {
        String ids = group.ids().stream().map(ConversationId::value).collect(Collectors.joining(" "));
        out.printf(
            Locale.ROOT,
            "  %-18s %d: %s%s%n",
            group.kind(),
            group.count(),
            ids,
            group.truncated() ? " ... (" + (group.count() - group.ids().size()) + " more)" : "");
      }
    }
    out.flush();
  }

  /**
   * {@code Concurrency: 11.8 at once on average; limit 12 at the end (3 to 14, at most 64); 9 of
   * 214 requests refused for the account's concurrency limit}.
   */
  private static String describe(ConcurrencySummary concurrency) {
    StringBuilder text =
        new StringBuilder("Concurrency: ")
            .append(String.format(Locale.ROOT, "%.1f", concurrency.averageInFlight()))
            .append(" at once on average; ");
    if (concurrency.adaptive()) {
      text.append("limit ").append(concurrency.finalLimit()).append(" at the end");
      if (concurrency.lowestLimit() != concurrency.highestLimit()) {
        text.append(" (").append(concurrency.lowestLimit()).append(" to ").append(concurrency.highestLimit()).append(", at most ");
      } else {
        text.append(" (at most ");
      }
      text.append(concurrency.maxConcurrency())
          .append("); ")
          .append(concurrency.concurrencyRejections())
          .append(" of ")
          .append(concurrency.requests())
          .append(" requests refused for the account's concurrency limit");
    } else {
      text.append("fixed at ").append(concurrency.maxConcurrency());
    }
    return text.toString();
  }

  private static String describe(DataCollectionSummary item) {
    StringBuilder text = new StringBuilder();
    text.append(item.results()).append(item.results() == 1 ? " result" : " results");
    if (item.missing() > 0) {
      text.append(", ").append(item.missing()).append(" missing");
    }
    NumberSummary numbers = item.numbers();
    if (numbers.count() > 0) {
      text.append("; min ")
          .append(plain(numbers.min().orElseThrow()))
          .append(", max ")
          .append(plain(numbers.max().orElseThrow()))
          .append(", mean ")
          // Exact in the JSON report; six significant digits are what a person reads.
          .append(plain(numbers.mean().orElseThrow().round(new MathContext(6))));
    }
    return text.toString();
  }

  /** The report as one JSON document. */
  static void writeJson(BatchReport report, Writer out) throws IOException {
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("requested", report.requested());
      json.writeNumberField("succeeded", report.succeeded());
      json.writeNumberField("failed", report.failed());
      json.writeBooleanField("cancelled", report.cancelled());
      json.writeNumberField("elapsed_ms", report.elapsed().toMillis());
      if (report.concurrency().isPresent()) {
        ConcurrencySummary concurrency = report.concurrency().get();
        json.writeObjectFieldStart("concurrency");
        json.writeBooleanField("adaptive", concurrency.adaptive());
        json.writeNumberField("max_concurrency", concurrency.maxConcurrency());
        json.writeNumberField("final_limit", concurrency.finalLimit());
        json.writeNumberField("lowest_limit", concurrency.lowestLimit());
        json.writeNumberField("highest_limit", concurrency.highestLimit());
        json.writeNumberField("average_in_flight", concurrency.averageInFlight());
        json.writeNumberField("requests", concurrency.requests());
        json.writeNumberField("concurrency_rejections", concurrency.concurrencyRejections());
        json.writeEndObject();
      }
      json.writeFieldName("call_successful");
      writeValueCounts(json, report.callSuccessful());
      json.writeNumberField("without_analysis", report.withoutAnalysis());

      json.writeArrayFieldStart("criteria");
      for (CriterionSummary criterion : report.criteria().values()) {
        json.writeStartObject();
        json.writeStringField("criteria_id", criterion.criterionId());
        json.writeNumberField("success", criterion.success());
        json.writeNumberField("failure", criterion.failure());
        json.writeNumberField("unknown", criterion.unknown());
        json.writeNumberField("other", criterion.other());
        json.writeNumberField("total", criterion.total());
        json.writeNumberField("success_rate", criterion.successRate());
        json.writeNumberField("failure_rate", criterion.failureRate());
        json.writeNumberField("unknown_rate", criterion.unknownRate());
        NumberSummary scores = criterion.scores();
        json.writeObjectFieldStart("scores");
        json.writeNumberField("count", scores.count());
        if (scores.count() > 0) {
          json.writeNumberField("min", scores.min().orElseThrow());
          json.writeNumberField("max", scores.max().orElseThrow());
          json.writeNumberField("mean", scores.mean().orElseThrow());
        }
        if (criterion.maxScore().isPresent()) {
          json.writeNumberField("max_score", criterion.maxScore().getAsLong());
        }
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeNumberField("untracked_criteria_results", report.untrackedCriterionResults());

      json.writeArrayFieldStart("data_collection");
      for (DataCollectionSummary item : report.dataCollection().values()) {
        json.writeStartObject();
        json.writeStringField("data_collection_id", item.dataCollectionId());
        json.writeNumberField("results", item.results());
        json.writeNumberField("missing", item.missing());
        json.writeFieldName("values");
        writeValueCounts(json, item.values());
        NumberSummary numbers = item.numbers();
        json.writeObjectFieldStart("numbers");
        json.writeNumberField("count", numbers.count());
        if (numbers.count() > 0) {
          json.writeNumberField("min", numbers.min().orElseThrow());
          json.writeNumberField("max", numbers.max().orElseThrow());
          json.writeNumberField("mean", numbers.mean().orElseThrow());
        }
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeNumberField("untracked_data_collection_results", report.untrackedDataCollectionResults());

      json.writeArrayFieldStart("failures");
      for (FailureGroup group : report.failures().values()) {
        json.writeStartObject();
        json.writeStringField("kind", group.kind().name());
        json.writeNumberField("count", group.count());
        json.writeArrayFieldStart("conversation_ids");
        for (ConversationId id : group.ids()) {
          json.writeString(id.value());
        }
        json.writeEndArray();
        json.writeBooleanField("truncated", group.truncated());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void writeValueCounts(JsonGenerator json, ValueCounts values) throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("counts");
    for (Map.Entry<String, Long> entry : values.counts().entrySet()) {
      json.writeNumberField(entry.getKey(), entry.getValue());
    }
    json.writeEndObject();
    json.writeNumberField("others", values.others());
    json.writeEndObject();
  }

  /** The mean score to two decimals, out of the maximum score when there is one; or "-". */
  private static String meanScore(CriterionSummary criterion) {
    return criterion
        .meanScore()
        .map(mean -> plain(mean.setScale(2, RoundingMode.HALF_UP)))
        .map(mean -> criterion.maxScore().isPresent() ? mean + " / " + criterion.maxScore().getAsLong() : mean)
        .orElse("-");
  }

  private static String seconds(BatchReport report) {
    return String.format(Locale.ROOT, "%.1f s", report.elapsed().toMillis() / 1000.0);
  }

  private static String percent(long count, long total) {
    return total == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * count / total);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static int longest(Iterable<String> names) {
    int longest = 0;
    for (String name : names) {
      longest = Math.max(longest, name.length());
    }
    return Math.min(longest, 40);
  }
}
