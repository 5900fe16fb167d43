package dev.convai.demo;

import dev.convai.analysis.Verdict;
import dev.convai.conversation.ConversationId;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code diff --html}: the comparison of two runs as one self-contained page. Everything is in the
 * file (CSS in a {@code style} element, charts as inline SVG); there is no script and nothing is
 * loaded from the network, so the page reads the same offline, in a mail attachment or in a CI
 * artifact viewer.
 *
 * <p>Per criterion: the verdict mix before and after as paired stacked bars with the success rate,
 * and the flip counts; numeric criteria get a histogram of their scores before and after. Then the
 * changed conversations with the old and new rationale side by side.
 */
final class HtmlDiffReport {

  /** Changed conversations shown; the JSON output lists them all. */
  static final int MAX_CHANGED_SHOWN = 500;

  private static final String SUCCESS = "#2e9d5b";
  private static final String FAILURE = "#d64545";
  private static final String UNKNOWN = "#a0a7b4";
  private static final String OTHER = "#7b61c9";
  private static final String BEFORE = "#8d99ae";
  private static final String AFTER = "#2563eb";

  private static final String STYLE =
      """
      :root { color-scheme: light; }
      * { box-sizing: border-box; }
      body { margin: 0; background: #f4f6f9; color: #1f2937;
             font: 15px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
      main { max-width: 1120px; margin: 0 auto; padding: 28px 28px 48px; }
      h1 { font-size: 26px; margin: 0 0 4px; }
      h2 { font-size: 19px; margin: 34px 0 12px; }
      .files { color: #5b6474; margin: 0 0 18px; }
      .files code { background: #e7ebf1; padding: 1px 6px; border-radius: 4px; }
      .verdict { display: inline-block; padding: 6px 14px; border-radius: 999px; font-weight: 600; }
      .verdict.changed { background: #fde8e8; color: #9b1c1c; }
      .verdict.same { background: #def7e7; color: #17633a; }
      .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin-top: 18px; }
      .card { background: #fff; border-radius: 10px; padding: 14px 16px; box-shadow: 0 1px 2px rgba(0,0,0,.07); }
      .card .n { font-size: 26px; font-weight: 700; }
      .card .l { color: #5b6474; font-size: 13px; }
      .criterion { background: #fff; border-radius: 10px; padding: 16px 18px; margin-bottom: 12px;
                   box-shadow: 0 1px 2px rgba(0,0,0,.07); }
      .criterion h3 { margin: 0 0 10px; font-size: 16px; font-family: ui-monospace, Menlo, Consolas, monospace; }
      .bars { display: grid; grid-template-columns: 64px 1fr 64px; gap: 6px 10px; align-items: center; }
      .bars .side { color: #5b6474; font-size: 13px; }
      .bars .rate { font-weight: 700; text-align: right; font-variant-numeric: tabular-nums; }
      .chips { margin-top: 10px; display: flex; flex-wrap: wrap; gap: 6px; }
      .chip { font-size: 13px; padding: 2px 10px; border-radius: 999px; background: #eef1f5; color: #374151; }
      .chip.down { background: #fde8e8; color: #9b1c1c; }
      .chip.up { background: #def7e7; color: #17633a; }
      .chip.unk { background: #eceff3; color: #4b5563; }
      .chip.zero { opacity: .45; }
      .hist { margin-top: 12px; }
      .hist .cap { font-size: 13px; color: #5b6474; margin-bottom: 4px; }
      .legend { font-size: 13px; color: #5b6474; margin: 0 0 12px; }
      .legend i { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin: 0 4px -1px 12px; }
      table { width: 100%; border-collapse: collapse; background: #fff; border-radius: 10px; overflow: hidden;
              box-shadow: 0 1px 2px rgba(0,0,0,.07); }
      th, td { text-align: left; vertical-align: top; padding: 9px 12px; border-bottom: 1px solid #edf0f4; }
      th { background: #f8fafc; font-size: 13px; color: #5b6474; font-weight: 600; }
      td.id { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; white-space: nowrap; }
      td.why { width: 38%; font-size: 14px; }
      td.what { white-space: nowrap; font-size: 14px; }
      .tag { font: 600 11px/1 -apple-system, "Segoe UI", Roboto, Arial, sans-serif; padding: 3px 7px;
             border-radius: 4px; margin-left: 8px; vertical-align: 2px; }
      .tag.added { background: #dbeafe; color: #1e40af; } .tag.dropped { background: #eceff3; color: #4b5563; }
      .v { display: inline-block; font-size: 12px; font-weight: 700; padding: 1px 8px; border-radius: 4px;
           margin-bottom: 3px; color: #fff; }
      .v.success { background: #2e9d5b; } .v.failure { background: #d64545; }
      .v.unknown { background: #8a93a3; } .v.other, .v.none { background: #7b61c9; }
      .v.none { background: #c3c8d1; }
      .muted { color: #6b7280; }
      details { background: #fff; border-radius: 10px; padding: 10px 16px; margin-bottom: 10px;
                box-shadow: 0 1px 2px rgba(0,0,0,.07); }
      details code { font-size: 13px; }
      """;

  private HtmlDiffReport() {}

  static void write(RunDiff diff, Writer out) throws IOException {
    StringBuilder page = new StringBuilder(64 * 1024);
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Run comparison: ")
        .append(escape(diff.baseline().file()))
        .append(" vs ")
        .append(escape(diff.next().file()))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n");
    header(diff, page);
    criteria(diff, page);
    changed(diff, page);
    onlyInOne(diff, page);
    page.append("</main>\n</body>\n</html>\n");
    out.write(page.toString());
    out.flush();
  }

  private static void header(RunDiff diff, StringBuilder page) {
    page.append("<h1>Run comparison</h1>\n<p class=\"files\">baseline <code>")
        .append(escape(diff.baseline().file()))
        .append("</code> &rarr; new <code>")
        .append(escape(diff.next().file()))
        .append("</code></p>\n");
    if (diff.anyVerdictChanged()) {
      page.append("<span class=\"verdict changed\">")
          .append(diff.verdictChanges())
          .append(diff.verdictChanges() == 1 ? " verdict changed" : " verdicts changed")
          .append(" in ")
          .append(diff.conversationsWithVerdictChanges())
          .append(diff.conversationsWithVerdictChanges() == 1 ? " conversation" : " conversations")
          .append("</span>\n<p class=\"files\">")
          .append(escape(DiffText.breakdown(diff).trim()))
          .append("</p>\n");
    } else {
      page.append("<span class=\"verdict same\">No verdict changed</span>\n");
    }
    page.append("<div class=\"cards\">\n");
    card(page, diff.compared(), "conversations compared");
    card(page, diff.callSuccessChanges(), "call-success verdicts changed");
    card(page, diff.valueChanges().values().stream().mapToLong(Long::longValue).sum(), "collected values changed");
    card(page, diff.onlyInBaseline().size() + diff.onlyInNew().size(), "ids in one run only");
    page.append("</div>\n");
  }

  private static void card(StringBuilder page, long number, String label) {
    page.append("<div class=\"card\"><div class=\"n\">")
        .append(number)
        .append("</div><div class=\"l\">")
        .append(escape(label))
        .append("</div></div>\n");
  }

  private static void criteria(RunDiff diff, StringBuilder page) {
    if (diff.criteria().isEmpty()) {
      return;
    }
    page.append("<h2>Criteria</h2>\n<p class=\"legend\">Verdicts of the compared conversations:")
        .append("<i style=\"background:" + SUCCESS + "\"></i>success")
        .append("<i style=\"background:" + FAILURE + "\"></i>failure")
        .append("<i style=\"background:" + UNKNOWN + "\"></i>unknown")
        .append("<i style=\"background:" + OTHER + "\"></i>other; the figure is the success rate.</p>\n");
    for (RunDiff.CriterionDiff criterion : diff.criteria().values()) {
      page.append("<section class=\"criterion\">\n<h3>").append(escape(criterion.id()));
      if (criterion.before().total() == 0) {
        page.append("<span class=\"tag added\">new criterion</span>");
      } else if (criterion.after().total() == 0) {
        page.append("<span class=\"tag dropped\">dropped</span>");
      }
      page.append("</h3>\n");
      page.append("<div class=\"bars\">\n");
      bar(page, "before", criterion.before());
      bar(page, "after", criterion.after());
      page.append("</div>\n<div class=\"chips\">\n");
      chip(page, "down", "&#9660; " + criterion.count(RunDiff.Transition.SUCCESS_TO_FAILURE) + " success &rarr; failure",
          criterion.count(RunDiff.Transition.SUCCESS_TO_FAILURE));
      chip(page, "up", "&#9650; " + criterion.count(RunDiff.Transition.FAILURE_TO_SUCCESS) + " failure &rarr; success",
          criterion.count(RunDiff.Transition.FAILURE_TO_SUCCESS));
      chip(page, "unk", criterion.count(RunDiff.Transition.TO_UNKNOWN) + " to unknown",
          criterion.count(RunDiff.Transition.TO_UNKNOWN));
      chip(page, "unk", criterion.count(RunDiff.Transition.FROM_UNKNOWN) + " from unknown",
          criterion.count(RunDiff.Transition.FROM_UNKNOWN));
      optionalChip(page, criterion.count(RunDiff.Transition.OTHER), " other changes");
      optionalChip(page, criterion.count(RunDiff.Transition.ADDED), " added");
      optionalChip(page, criterion.count(RunDiff.Transition.DROPPED), " dropped");
      chip(page, "", criterion.count(RunDiff.Transition.KEPT) + " kept", 1);
      if (criterion.numeric()) {
        chip(page, "", criterion.scoreChanges() + " scores changed", 1);
      }
      page.append("</div>\n");
      if (criterion.numeric()) {
        histogram(page, criterion);
      }
      page.append("</section>\n");
    }
  }

  private static void optionalChip(StringBuilder page, long count, String label) {
    if (count > 0) {
      chip(page, "", count + label, count);
    }
  }

  private static void chip(StringBuilder page, String kind, String html, long count) {
    page.append("<span class=\"chip ").append(kind).append(count == 0 ? " zero" : "").append("\">")
        .append(html)
        .append("</span>\n");
  }

  /** One stacked bar of the verdict mix, 100% wide, with the success rate beside it. */
  private static void bar(StringBuilder page, String side, RunDiff.Tally tally) {
    page.append("<span class=\"side\">").append(side).append("</span>\n");
    double width = 800;
    page.append("<svg viewBox=\"0 0 800 22\" width=\"100%\" height=\"22\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
        .append(side)
        .append(": ")
        .append(tally.success()).append(" success, ")
        .append(tally.failure()).append(" failure, ")
        .append(tally.unknown()).append(" unknown")
        .append("\">");
    if (tally.total() == 0) {
      page.append("<rect x=\"0\" y=\"0\" width=\"800\" height=\"22\" rx=\"4\" fill=\"#e5e7eb\"/>");
    } else {
      double x = 0;
      long[] counts = {tally.success(), tally.failure(), tally.unknown(), tally.other()};
      String[] colours = {SUCCESS, FAILURE, UNKNOWN, OTHER};
      String[] names = {"success", "failure", "unknown", "other"};
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] == 0) {
          continue;
        }
        double w = width * counts[i] / tally.total();
        page.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"0\" width=\"%.2f\" height=\"22\" fill=\"%s\">", x, w, colours[i]))
            .append("<title>").append(names[i]).append(' ').append(counts[i]).append("</title></rect>");
        x += w;
      }
    }
    page.append("</svg>\n<span class=\"rate\">").append(DiffText.percent(tally.successRate())).append("</span>\n");
  }

  /** Score histogram, before and after side by side in each bin. */
  private static void histogram(StringBuilder page, RunDiff.CriterionDiff criterion) {
    List<Double> before = criterion.scoresBefore();
    List<Double> after = criterion.scoresAfter();
    double max = criterion.maxScore();
    double low = 0;
    double high = max;
    for (List<Double> scores : List.of(before, after)) {
      for (double score : scores) {
        low = Math.min(low, score);
        high = Math.max(high, score);
      }
    }
    boolean integral =
        high - low <= 20
            && before.stream().allMatch(score -> score == Math.rint(score))
            && after.stream().allMatch(score -> score == Math.rint(score));
    int bins = integral ? (int) (high - low) + 1 : 10;
    double step = integral ? 1 : Math.max((high - low) / bins, Double.MIN_NORMAL);
    long[] countsBefore = new long[bins];
    long[] countsAfter = new long[bins];
    for (double score : before) {
      countsBefore[bin(score, low, step, bins)]++;
    }
    for (double score : after) {
      countsAfter[bin(score, low, step, bins)]++;
    }
    long tallest = 1;
    for (int i = 0; i < bins; i++) {
      tallest = Math.max(tallest, Math.max(countsBefore[i], countsAfter[i]));
    }

    page.append("<div class=\"hist\"><div class=\"cap\">Score distribution")
        .append(max > 0 ? " (out of " + DiffText.number(max) + ")" : "")
        .append(": <i style=\"display:inline-block;width:10px;height:10px;background:" + BEFORE + "\"></i> before, mean ")
        .append(mean(before))
        .append(" &nbsp;<i style=\"display:inline-block;width:10px;height:10px;background:" + AFTER + "\"></i> after, mean ")
        .append(mean(after))
        .append("</div>\n");
    int chartWidth = 800;
    int chartHeight = 120;
    int labelHeight = 18;
    double slot = (double) chartWidth / bins;
    double barWidth = Math.min(28, slot * 0.38);
    page.append(String.format(
        Locale.ROOT,
        "<svg viewBox=\"0 0 %d %d\" width=\"100%%\" height=\"%d\" role=\"img\" aria-label=\"score histogram\">",
        chartWidth, chartHeight + labelHeight, chartHeight + labelHeight));
    page.append(String.format(Locale.ROOT, "<line x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#cbd2dc\"/>", chartHeight, chartWidth, chartHeight));
    for (int i = 0; i < bins; i++) {
      double centre = slot * i + slot / 2;
      histogramBar(page, centre - barWidth - 1, barWidth, countsBefore[i], tallest, chartHeight, BEFORE, "before");
      histogramBar(page, centre + 1, barWidth, countsAfter[i], tallest, chartHeight, AFTER, "after");
      String label = integral ? DiffText.number(low + i) : DiffText.number(low + step * i) + "&ndash;" + DiffText.number(low + step * (i + 1));
      page.append(String.format(
          Locale.ROOT,
          "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" fill=\"#5b6474\">%s</text>",
          centre, chartHeight + 14, label));
    }
    page.append("</svg></div>\n");
  }

  private static void histogramBar(
      StringBuilder page, double x, double width, long count, long tallest, int chartHeight, String colour, String side) {
    double height = count == 0 ? 0 : Math.max(2, (chartHeight - 16) * (double) count / tallest);
    page.append(String.format(
        Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\" fill=\"%s\"><title>%s: %d</title></rect>",
        x, chartHeight - height, width, height, colour, side, count));
    if (count > 0) {
      page.append(String.format(
          Locale.ROOT,
          "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\" fill=\"#374151\">%d</text>",
          x + width / 2, chartHeight - height - 3, count));
    }
  }

  private static int bin(double score, double low, double step, int bins) {
    int bin = (int) Math.floor((score - low) / step);
    return Math.max(0, Math.min(bins - 1, bin));
  }

  private static String mean(List<Double> scores) {
    return scores.isEmpty() ? "-" : DiffText.number(scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
  }

  private static void changed(RunDiff diff, StringBuilder page) {
    List<RunDiff.ChangedConversation> changed = diff.changed();
    page.append("<h2>Changed conversations</h2>\n");
    if (changed.isEmpty()) {
      page.append("<p class=\"muted\">Nothing changed in the compared conversations.</p>\n");
      return;
    }
    if (changed.size() > MAX_CHANGED_SHOWN) {
      page.append("<p class=\"muted\">The first ")
          .append(MAX_CHANGED_SHOWN)
          .append(" of ")
          .append(changed.size())
          .append("; <code>diff --format json</code> lists them all.</p>\n");
    }
    page.append("<table>\n<thead><tr><th>conversation</th><th>what</th><th>before</th><th>after</th></tr></thead>\n<tbody>\n");
    for (RunDiff.ChangedConversation conversation : changed.subList(0, Math.min(MAX_CHANGED_SHOWN, changed.size()))) {
      int rows = conversation.criteria().size() + conversation.values().size() + (conversation.callChanged() ? 1 : 0);
      boolean first = true;
      if (conversation.callChanged()) {
        rowStart(page, conversation.id(), rows, first);
        first = false;
        page.append("<td class=\"what\">call successful</td><td class=\"why\">")
            .append(badge(conversation.callBefore()))
            .append("</td><td class=\"why\">")
            .append(badge(conversation.callAfter()))
            .append("</td></tr>\n");
      }
      for (RunDiff.CriterionChange change : conversation.criteria()) {
        rowStart(page, conversation.id(), rows, first);
        first = false;
        page.append("<td class=\"what\"><code>").append(escape(change.criterionId())).append("</code></td>");
        result(page, change.before());
        result(page, change.after());
        page.append("</tr>\n");
      }
      for (RunDiff.ValueChange value : conversation.values()) {
        rowStart(page, conversation.id(), rows, first);
        first = false;
        page.append("<td class=\"what\">value <code>").append(escape(value.itemId())).append("</code></td><td class=\"why\"><code>")
            .append(escape(value.before().orElse("(not collected)")))
            .append("</code></td><td class=\"why\"><code>")
            .append(escape(value.after().orElse("(not collected)")))
            .append("</code></td></tr>\n");
      }
    }
    page.append("</tbody>\n</table>\n");
  }

  private static void rowStart(StringBuilder page, ConversationId id, int rows, boolean first) {
    page.append("<tr>");
    if (first) {
      page.append("<td class=\"id\" rowspan=\"").append(rows).append("\">").append(escape(id.value())).append("</td>");
    }
  }

  private static void result(StringBuilder page, RunRecord.Criterion result) {
    page.append("<td class=\"why\">");
    if (result == null) {
      page.append(badge(Optional.empty()));
    } else {
      page.append(badge(Optional.of(result.verdict())));
      if (result.score().isPresent()) {
        page.append(" <b>")
            .append(DiffText.number(result.score().getAsDouble()))
            .append(result.maxScore().isPresent() ? "/" + DiffText.number(result.maxScore().getAsDouble()) : "")
            .append("</b>");
      }
      page.append("<br>").append(escape(result.rationale()));
    }
    page.append("</td>");
  }

  private static String badge(Optional<Verdict> verdict) {
    if (verdict.isEmpty()) {
      return "<span class=\"v none\">none</span>";
    }
    Verdict value = verdict.get();
    String kind =
        Verdict.SUCCESS.equals(value) ? "success"
            : Verdict.FAILURE.equals(value) ? "failure"
            : Verdict.UNKNOWN.equals(value) ? "unknown"
            : "other";
    return "<span class=\"v " + kind + "\">" + escape(value.value()) + "</span>";
  }

  private static void onlyInOne(RunDiff diff, StringBuilder page) {
    if (diff.onlyInBaseline().isEmpty() && diff.onlyInNew().isEmpty()) {
      return;
    }
    page.append("<h2>Ids in one run only</h2>\n");
    ids(page, "only in the baseline", diff.onlyInBaseline());
    ids(page, "only in the new run", diff.onlyInNew());
  }

  private static void ids(StringBuilder page, String label, List<ConversationId> ids) {
    if (ids.isEmpty()) {
      return;
    }
    page.append("<details><summary>").append(ids.size()).append(' ').append(label).append("</summary><p>");
    for (ConversationId id : ids) {
      page.append("<code>").append(escape(id.value())).append("</code> ");
    }
    page.append("</p></details>\n");
  }

  /** Text as HTML: the five characters that could open markup or end an attribute are escaped. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
