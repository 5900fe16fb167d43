package dev.convai.demo;

import dev.convai.analysis.Verdict;
import dev.convai.conversation.ConversationId;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** {@code diff --format table}: the comparison of two runs as aligned text, for people. */
final class DiffText {

  /** Changed conversations printed in full; {@code --format json} and {@code --html} list them all. */
  static final int MAX_CHANGED_LISTED = 20;

  private static final int MAX_IDS_LISTED = 10;
  private static final int RATIONALE_WIDTH = 90;

  private DiffText() {}

  static void write(RunDiff diff, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "Compared %d conversations: baseline %s (%d), new %s (%d)%n",
        diff.compared(),
        diff.baseline().file(),
        diff.baseline().records().size(),
        diff.next().file(),
        diff.next().records().size());
    out.printf(
        Locale.ROOT,
        "%s%n",
        diff.anyVerdictChanged()
            ? diff.verdictChanges() + " verdict changes in " + diff.conversationsWithVerdictChanges() + " conversations" + breakdown(diff)
            : "No verdict changed");

    if (!diff.criteria().isEmpty()) {
      int width = Math.max(9, diff.criteria().keySet().stream().mapToInt(String::length).max().orElse(0));
      out.println();
      out.printf(
          Locale.ROOT,
          "  %-" + width + "s  %6s  %9s  %9s  %9s  %9s  %5s  %5s  %7s  %s%n",
          "criterion",
          "kept",
          "succ>fail",
          "fail>succ",
          "to unkn.",
          "from unkn",
          "added",
          "dropd",
          "scores",
          "success rate");
      for (RunDiff.CriterionDiff criterion : diff.criteria().values()) {
        out.printf(
            Locale.ROOT,
            "  %-" + width + "s  %6d  %9d  %9d  %9d  %9d  %5d  %5d  %7s  %s -> %s%n",
            criterion.id(),
            criterion.count(RunDiff.Transition.KEPT),
            criterion.count(RunDiff.Transition.SUCCESS_TO_FAILURE),
            criterion.count(RunDiff.Transition.FAILURE_TO_SUCCESS),
            criterion.count(RunDiff.Transition.TO_UNKNOWN),
            criterion.count(RunDiff.Transition.FROM_UNKNOWN) + criterion.count(RunDiff.Transition.OTHER),
            criterion.count(RunDiff.Transition.ADDED),
            criterion.count(RunDiff.Transition.DROPPED),
            criterion.numeric() ? String.valueOf(criterion.scoreChanges()) : "-",
            percent(criterion.before().successRate()),
            percent(criterion.after().successRate()));
      }
      for (RunDiff.CriterionDiff criterion : diff.criteria().values()) {
        if (criterion.numeric()) {
          out.printf(
              Locale.ROOT,
              "  %s scores: mean %s -> %s%s, %d changed%n",
              criterion.id(),
              mean(criterion.scoresBefore()),
              mean(criterion.scoresAfter()),
              criterion.maxScore() > 0 ? " (of " + number(criterion.maxScore()) + ")" : "",
              criterion.scoreChanges());
        }
      }
    }

    out.println();
    if (diff.callSuccessChanges() == 0) {
      out.println("Call successful: unchanged");
    } else {
      out.println(
          "Call successful: "
              + diff.callSuccessChanges()
              + " changed ("
              + diff.callSuccessTransitions().entrySet().stream()
                  .map(entry -> entry.getKey() + " " + entry.getValue())
                  .collect(Collectors.joining(", "))
              + ")");
    }
    if (!diff.valueChanges().isEmpty()) {
      long changedItems = diff.valueChanges().values().stream().filter(count -> count > 0).count();
      out.println(
          "Data collection: "
              + (changedItems == 0
                  ? "no value changed"
                  : diff.valueChanges().entrySet().stream()
                      .filter(entry -> entry.getValue() > 0)
                      .map(entry -> entry.getKey() + " " + entry.getValue() + " changed")
                      .collect(Collectors.joining(", "))));
    }
    ids(out, "Only in the baseline", diff.onlyInBaseline());
    ids(out, "Only in the new run", diff.onlyInNew());
    if (diff.baseline().repeated() > 0 || diff.next().repeated() > 0) {
      out.printf(
          Locale.ROOT,
          "Repeated ids (the later line counts): %d in the baseline, %d in the new run%n",
          diff.baseline().repeated(),
          diff.next().repeated());
    }

    List<RunDiff.ChangedConversation> verdicts =
        diff.changed().stream().filter(conversation -> !conversation.criteria().isEmpty() || conversation.callChanged()).toList();
    if (!verdicts.isEmpty()) {
      out.println();
      out.println(
          "Changed verdicts"
              + (verdicts.size() > MAX_CHANGED_LISTED
                  ? " (first " + MAX_CHANGED_LISTED + " of " + verdicts.size() + "; --format json or --html lists all)"
                  : ""));
      for (RunDiff.ChangedConversation conversation : verdicts.subList(0, Math.min(MAX_CHANGED_LISTED, verdicts.size()))) {
        out.print("  " + conversation.id().value());
        if (conversation.callChanged()) {
          out.print("  call successful " + verdict(conversation.callBefore()) + " -> " + verdict(conversation.callAfter()));
        }
        out.println();
        for (RunDiff.CriterionChange change : conversation.criteria()) {
          out.println(
              "    "
                  + change.criterionId()
                  + ": "
                  + describe(change.before())
                  + " -> "
                  + describe(change.after()));
          rationale(out, "was", change.before());
          rationale(out, "now", change.after());
        }
      }
    }
    out.flush();
  }

  private static void ids(PrintWriter out, String label, List<ConversationId> ids) {
    if (ids.isEmpty()) {
      return;
    }
    String listed =
        ids.stream().limit(MAX_IDS_LISTED).map(ConversationId::value).collect(Collectors.joining(" "));
    out.printf(
        Locale.ROOT,
        "%s: %d (%s%s)%n",
        label,
        ids.size(),
        listed,
        ids.size() > MAX_IDS_LISTED ? " ..." : "");
  }

  private static String describe(RunRecord.Criterion result) {
    if (result == null) {
      return "(none)";
    }
    String text = result.verdict().value();
    if (result.score().isPresent()) {
      text +=
          " "
              + number(result.score().getAsDouble())
              + result.maxScore().stream().mapToObj(max -> "/" + number(max)).findFirst().orElse("");
    }
    return text;
  }

  private static void rationale(PrintWriter out, String label, RunRecord.Criterion result) {
    if (result == null || result.rationale().isBlank()) {
      return;
    }
    String text = result.rationale().replaceAll("\\s+", " ").strip();
    if (text.length() > RATIONALE_WIDTH) {
      text = text.substring(0, RATIONALE_WIDTH - 3) + "...";
    }
    out.println("      " + label + ": " + text);
  }

  private static String verdict(Optional<Verdict> verdict) {
    return verdict.map(Verdict::value).orElse("(none)");
  }

  static String percent(OptionalDouble rate) {
    return rate.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * rate.getAsDouble()) : "-";
  }

  private static String mean(List<Double> scores) {
    return scores.isEmpty() ? "-" : number(scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
  }

  /** A score as a person writes it: {@code 3}, {@code 3.5}, {@code 3.33}. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.valueOf((long) value);
    }
    return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
  }

  /**
   * What the total is made of, so that a dropped or added criterion (one change per conversation)
   * is not read as verdicts that flipped.
   */
  static String breakdown(RunDiff diff) {
    long addedOrDropped = diff.criteriaAddedOrDropped();
    long callSuccess = diff.callSuccessChanges();
    long flipped = diff.verdictChanges() - addedOrDropped - callSuccess;
    return String.format(
        Locale.ROOT,
        " (%d criterion verdicts changed, %d criterion results added or dropped, %d call-success changes)",
        flipped,
        addedOrDropped,
        callSuccess);
  }
}
