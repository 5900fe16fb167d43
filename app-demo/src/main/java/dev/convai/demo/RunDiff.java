package dev.convai.demo;

import dev.convai.analysis.Verdict;
import dev.convai.conversation.ConversationId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The difference between two runs over the same conversations: a baseline (typically from
 * {@code fetch}, before a criteria change) and a new run (from {@code analyze}, after it).
 *
 * <p>Conversations are paired by id. For each pair, each criterion's verdict is classified as
 * kept, success to failure, failure to success, to unknown, from unknown, another change (values
 * the server added later), added (only in the new run) or dropped (only in the baseline); numeric
 * scores, collected values and the call's success are compared too. Ids present in one run only are
 * listed, not compared. Within one file a repeated id counts once, the later line winning.
 */
final class RunDiff {

  private final RunSide baseline;
  private final RunSide next;
  private final List<ConversationId> onlyInBaseline = new ArrayList<>();
  private final List<ConversationId> onlyInNew = new ArrayList<>();
  private final Map<String, CriterionDiff> criteria = new LinkedHashMap<>();
  private final Map<String, Long> callSuccessTransitions = new LinkedHashMap<>();
  private final Map<String, Long> valueChanges = new LinkedHashMap<>();
  private final List<ChangedConversation> changed = new ArrayList<>();
  private long compared;
  private long verdictChanges;
  private long conversationsWithVerdictChanges;

  private RunDiff(RunSide baseline, RunSide next) {
    this.baseline = baseline;
    this.next = next;
  }

  /** Reads both files and compares them. */
  static RunDiff of(Path baseline, Path next) throws IOException {
    return of(RunSide.read(baseline), RunSide.read(next));
  }

  /** Compares two runs already read. */
  static RunDiff of(RunSide baseline, RunSide next) {
    RunDiff diff = new RunDiff(baseline, next);
    for (RunRecord before : baseline.records().values()) {
      RunRecord after = next.records().get(before.id());
      if (after == null) {
        diff.onlyInBaseline.add(before.id());
      } else {
        diff.compare(before, after);
      }
    }
    for (RunRecord after : next.records().values()) {
      if (!baseline.records().containsKey(after.id())) {
        diff.onlyInNew.add(after.id());
      }
    }
    return diff;
  }

  private void compare(RunRecord before, RunRecord after) {
    compared++;
    List<CriterionChange> criterionChanges = new ArrayList<>();
    boolean verdictChanged = false;

    Set<String> ids = new LinkedHashSet<>(before.criteria().keySet());
    ids.addAll(after.criteria().keySet());
    for (String id : ids) {
      CriterionDiff criterion = criteria.computeIfAbsent(id, CriterionDiff::new);
      RunRecord.Criterion old = before.criteria().get(id);
      RunRecord.Criterion now = after.criteria().get(id);
      Transition transition = criterion.count(old, now);
      boolean scoreChanged = criterion.countScores(old, now);
      if (transition.isVerdictChange()) {
        verdictChanges++;
        verdictChanged = true;
      }
      if (transition != Transition.KEPT && transition != Transition.ADDED && transition != Transition.DROPPED
          || scoreChanged) {
        criterionChanges.add(new CriterionChange(id, transition, old, now));
      }
    }

    Optional<Verdict> callBefore = before.callSuccessful();
    Optional<Verdict> callAfter = after.callSuccessful();
    boolean callChanged = !callBefore.equals(callAfter);
    if (callChanged) {
      callSuccessTransitions.merge(name(callBefore) + " -> " + name(callAfter), 1L, Long::sum);
      verdictChanges++;
      verdictChanged = true;
    }

    List<ValueChange> values = new ArrayList<>();
    Set<String> items = new LinkedHashSet<>(before.values().keySet());
    items.addAll(after.values().keySet());
    for (String item : items) {
      valueChanges.putIfAbsent(item, 0L);
      Optional<String> old = Optional.ofNullable(before.values().get(item));
      Optional<String> now = Optional.ofNullable(after.values().get(item));
      if (!old.equals(now)) {
        valueChanges.merge(item, 1L, Long::sum);
        values.add(new ValueChange(item, old, now));
      }
    }

    if (verdictChanged) {
      conversationsWithVerdictChanges++;
    }
    if (!criterionChanges.isEmpty() || callChanged || !values.isEmpty()) {
      changed.add(new ChangedConversation(before.id(), criterionChanges, callBefore, callAfter, values));
    }
  }

  private static String name(Optional<Verdict> verdict) {
    return verdict.map(Verdict::value).orElse("none");
  }

  /** The baseline as read. */
  RunSide baseline() {
    return baseline;
  }

  /** The new run as read. */
  RunSide next() {
    return next;
  }

  /** How many ids both runs hold. */
  long compared() {
    return compared;
  }

  /** Ids of the baseline the new run lacks, in baseline order. */
  List<ConversationId> onlyInBaseline() {
    return Collections.unmodifiableList(onlyInBaseline);
  }

  /** Ids of the new run the baseline lacks, in new-run order. */
  List<ConversationId> onlyInNew() {
    return Collections.unmodifiableList(onlyInNew);
  }

  /** Per criterion, in order of first appearance (baseline first). */
  Map<String, CriterionDiff> criteria() {
    return Collections.unmodifiableMap(criteria);
  }

  /** How many call-success verdicts changed, by transition ({@code success -> failure}). */
  Map<String, Long> callSuccessTransitions() {
    return Collections.unmodifiableMap(callSuccessTransitions);
  }

  /** How many call-success verdicts changed. */
  long callSuccessChanges() {
    return callSuccessTransitions.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Per data-collection item, in order of first appearance: how many collected values changed. */
  Map<String, Long> valueChanges() {
    return Collections.unmodifiableMap(valueChanges);
  }

  /** The compared conversations where anything changed, in baseline order. */
  List<ChangedConversation> changed() {
    return Collections.unmodifiableList(changed);
  }

  /**
   * How many verdicts changed in all: criteria that flipped, appeared or disappeared, and call
   * successes that changed. Score-only and value-only changes are not verdict changes.
   */
  long verdictChanges() {
    return verdictChanges;
  }

  /**
   * Of {@link #verdictChanges()}, how many are a criterion that appeared or disappeared between
   * the runs (a criteria edit that adds or drops one counts once per conversation).
   */
  long criteriaAddedOrDropped() {
    return criteria.values().stream()
        .mapToLong(c -> c.count(Transition.ADDED) + c.count(Transition.DROPPED))
        .sum();
  }

  /** How many compared conversations have at least one verdict change. */
  long conversationsWithVerdictChanges() {
    return conversationsWithVerdictChanges;
  }

  /** Whether any verdict changed: what {@code --fail-on-change} fails on. */
  boolean anyVerdictChanged() {
    return verdictChanges > 0;
  }

  /** What happened to one criterion's verdict between the runs, for one conversation. */
  enum Transition {
    /** The same verdict in both. */
    KEPT("kept"),
    /** Success, then failure. */
    SUCCESS_TO_FAILURE("success -> failure"),
    /** Failure, then success. */
    FAILURE_TO_SUCCESS("failure -> success"),
    /** Success or failure (or another value), then unknown. */
    TO_UNKNOWN("-> unknown"),
    /** Unknown, then success or failure (or another value). */
    FROM_UNKNOWN("unknown ->"),
    /** A change between values the server added later. */
    OTHER("other change"),
    /** Only in the new run: the criterion was added. */
    ADDED("added"),
    /** Only in the baseline: the criterion was dropped. */
    DROPPED("dropped");

    private final String label;

    Transition(String label) {
      this.label = label;
    }

    /** Short text for tables. */
    String label() {
      return label;
    }

    boolean isVerdictChange() {
      return this != KEPT;
    }

    static Transition of(RunRecord.Criterion before, RunRecord.Criterion after) {
      if (before == null) {
        return ADDED;
      }
      if (after == null) {
        return DROPPED;
      }
      Verdict old = before.verdict();
      Verdict now = after.verdict();
      if (old.equals(now)) {
        return KEPT;
      }
      if (Verdict.SUCCESS.equals(old) && Verdict.FAILURE.equals(now)) {
        return SUCCESS_TO_FAILURE;
      }
      if (Verdict.FAILURE.equals(old) && Verdict.SUCCESS.equals(now)) {
        return FAILURE_TO_SUCCESS;
      }
      if (Verdict.UNKNOWN.equals(now)) {
        return TO_UNKNOWN;
      }
      if (Verdict.UNKNOWN.equals(old)) {
        return FROM_UNKNOWN;
      }
      return OTHER;
    }
  }

  /** How many results got each verdict, on one side of the diff. */
  static final class Tally {
    private long success;
    private long failure;
    private long unknown;
    private long other;

    void count(Verdict verdict) {
      if (Verdict.SUCCESS.equals(verdict)) {
        success++;
      } else if (Verdict.FAILURE.equals(verdict)) {
        failure++;
      } else if (Verdict.UNKNOWN.equals(verdict)) {
        unknown++;
      } else {
        other++;
      }
    }

    long success() {
      return success;
    }

    long failure() {
      return failure;
    }

    long unknown() {
      return unknown;
    }

    long other() {
      return other;
    }

    long total() {
      return success + failure + unknown + other;
    }

    /** Successes over all results; empty when there are none. */
    OptionalDouble successRate() {
      return total() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) success / total());
    }
  }

  /** One criterion across all compared conversations. */
  static final class CriterionDiff {
    private final String id;
    private final Map<Transition, Long> transitions = new LinkedHashMap<>();
    private final Tally before = new Tally();
    private final Tally after = new Tally();
    private final List<Double> scoresBefore = new ArrayList<>();
    private final List<Double> scoresAfter = new ArrayList<>();
    private double maxScore;
    private long scoreChanges;

    CriterionDiff(String id) {
      this.id = id;
      for (Transition transition : Transition.values()) {
        transitions.put(transition, 0L);
      }
    }

    Transition count(RunRecord.Criterion old, RunRecord.Criterion now) {
      Transition transition = Transition.of(old, now);
      transitions.merge(transition, 1L, Long::sum);
      if (old != null) {
        before.count(old.verdict());
      }
      if (now != null) {
        after.count(now.verdict());
      }
      return transition;
    }

    /** Collects the scores; returns whether a score present on both sides changed. */
    boolean countScores(RunRecord.Criterion old, RunRecord.Criterion now) {
      if (old != null) {
        old.score().ifPresent(scoresBefore::add);
        old.maxScore().ifPresent(max -> maxScore = Math.max(maxScore, max));
      }
      if (now != null) {
        now.score().ifPresent(scoresAfter::add);
        now.maxScore().ifPresent(max -> maxScore = Math.max(maxScore, max));
      }
      boolean changed =
          old != null && now != null && old.score().isPresent() && now.score().isPresent()
              && Double.compare(old.score().getAsDouble(), now.score().getAsDouble()) != 0;
      if (changed) {
        scoreChanges++;
      }
      return changed;
    }

    String id() {
      return id;
    }

    /** How many conversations had each transition; every transition is present, zero or not. */
    Map<Transition, Long> transitions() {
      return Collections.unmodifiableMap(transitions);
    }

    long count(Transition transition) {
      return transitions.get(transition);
    }

    /** Verdicts that flipped, appeared or disappeared. */
    long verdictChanges() {
      return transitions.entrySet().stream()
          .filter(entry -> entry.getKey().isVerdictChange())
          .mapToLong(Map.Entry::getValue)
          .sum();
    }

    /** The baseline's verdicts over compared conversations. */
    Tally before() {
      return before;
    }

    /** The new run's verdicts over compared conversations. */
    Tally after() {
      return after;
    }

    /** Whether either run scored this criterion numerically. */
    boolean numeric() {
      return !scoresBefore.isEmpty() || !scoresAfter.isEmpty();
    }

    List<Double> scoresBefore() {
      return Collections.unmodifiableList(scoresBefore);
    }

    List<Double> scoresAfter() {
      return Collections.unmodifiableList(scoresAfter);
    }

    /** The greatest maximum score seen on either side; 0 when none was given. */
    double maxScore() {
      return maxScore;
    }

    /** How many scores present on both sides changed. */
    long scoreChanges() {
      return scoreChanges;
    }
  }

  /**
   * A criterion whose verdict or score changed in one conversation.
   *
   * @param criterionId the criterion
   * @param transition what happened to the verdict
   * @param before the baseline's result; {@code null} when added
   * @param after the new run's result; {@code null} when dropped
   */
  record CriterionChange(
      String criterionId, Transition transition, RunRecord.Criterion before, RunRecord.Criterion after) {
    CriterionChange {
      Objects.requireNonNull(criterionId, "criterionId");
      Objects.requireNonNull(transition, "transition");
    }
  }

  /**
   * A collected value that changed.
   *
   * @param itemId the data-collection item
   * @param before the baseline's value as JSON text; empty when the item was not collected
   * @param after the new run's value as JSON text; empty when the item was not collected
   */
  record ValueChange(String itemId, Optional<String> before, Optional<String> after) {}

  /**
   * A compared conversation where something changed.
   *
   * @param id the conversation
   * @param criteria the criteria whose verdict or score changed
   * @param callBefore the baseline's call success
   * @param callAfter the new run's call success
   * @param values the collected values that changed
   */
  record ChangedConversation(
      ConversationId id,
      List<CriterionChange> criteria,
      Optional<Verdict> callBefore,
      Optional<Verdict> callAfter,
      List<ValueChange> values) {
    ChangedConversation {
      criteria = List.copyOf(criteria);
      values = List.copyOf(values);
    }

    boolean callChanged() {
      return !callBefore.equals(callAfter);
    }
  }

  /**
   * One run as read from its file.
   *
   * @param file the file's name as given
   * @param records the conversations by id, in file order (a repeated id keeps its first place and last content)
   * @param repeated how many lines repeated an id already read
   */
  record RunSide(String file, Map<ConversationId, RunRecord> records, long repeated) {

    static RunSide read(Path file) throws IOException {
      Map<ConversationId, RunRecord> records = new LinkedHashMap<>();
      long[] repeated = {0};
      RunFile.read(
          file,
          record -> {
            if (records.put(record.id(), record) != null) {
              repeated[0]++;
            }
          });
      return new RunSide(file.toString(), Collections.unmodifiableMap(records), repeated[0]);
    }
  }
}
