package dev.convai.batch;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.DataCollectionResult;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.json.JsonValue;
import dev.convai.port.FailureKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Folds outcomes one at a time into a {@link BatchReport}. Memory stays bounded by the
 * {@link ReportLimits} however many outcomes are fed, so a report over millions of conversations
 * costs the same as one over ten.
 *
 * <p>Not thread-safe: feed it from one thread at a time (the batch service does).
 */
public final class Aggregator {

  private final ReportLimits limits;

  private long succeeded;
  private long failed;

  private final BoundedCounts callSuccessful;
  private long withoutAnalysis;
  private final Map<String, CriterionTally> criteria = new LinkedHashMap<>();
  private long untrackedCriterionResults;
  private final Map<String, DataCollectionTally> dataCollection = new LinkedHashMap<>();
  private long untrackedDataCollectionResults;
  private final Map<FailureKind, FailureTally> failures = new EnumMap<>(FailureKind.class);

  /** An empty aggregator with the {@linkplain ReportLimits#defaults() default limits}. */
  public Aggregator() {
    this(ReportLimits.defaults());
  }

  /** An empty aggregator with these limits. */
  public Aggregator(ReportLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.callSuccessful = new BoundedCounts(limits.maxDistinctValues());
  }

  /** Adds one outcome. */
  public void accept(BatchOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    if (outcome instanceof BatchOutcome.Success success) {
      succeeded++;
      acceptConversation(success.value());
    } else {
      failed++;
      acceptFailure(outcome.id(), ((BatchOutcome.Failure) outcome).exception());
    }
  }

  /** The report so far, as for a batch that was not cancelled and took no time. */
  public BatchReport report() {
    return report(false, Duration.ZERO);
  }

  /** The report so far, with what only the caller running the batch knows. */
  public BatchReport report(boolean cancelled, Duration elapsed) {
    Map<String, CriterionSummary> criterionSummaries = new LinkedHashMap<>();
    criteria.forEach((id, tally) -> criterionSummaries.put(id, tally.summary(id)));
    Map<String, DataCollectionSummary> dataSummaries = new LinkedHashMap<>();
    dataCollection.forEach((id, tally) -> dataSummaries.put(id, tally.summary(id)));
    Map<FailureKind, FailureGroup> failureGroups = new EnumMap<>(FailureKind.class);
    failures.forEach((kind, tally) -> failureGroups.put(kind, new FailureGroup(kind, tally.count, tally.ids)));
    return new BatchReport(
        succeeded + failed,
        succeeded,
        failed,
        cancelled,
        elapsed,
        callSuccessful.snapshot(),
        withoutAnalysis,
        criterionSummaries,
        untrackedCriterionResults,
        dataSummaries,
        untrackedDataCollectionResults,
        failureGroups);
  }

  private void acceptConversation(Conversation conversation) {
    Optional<Analysis> analysis = conversation.analysis();
    if (analysis.isEmpty()) {
      withoutAnalysis++;
      return;
    }
    callSuccessful.add(analysis.get().callSuccessful().value());
    for (CriterionResult result : analysis.get().criteria()) {
      CriterionTally tally = criteria.get(result.criteriaId());
      if (tally == null) {
        if (criteria.size() >= limits.maxCriteria()) {
          untrackedCriterionResults++;
          continue;
        }
        tally = new CriterionTally();
        criteria.put(result.criteriaId(), tally);
      }
      tally.add(result);
    }
    for (DataCollectionResult result : analysis.get().dataCollections()) {
      DataCollectionTally tally = dataCollection.get(result.dataCollectionId());
      if (tally == null) {
        if (dataCollection.size() >= limits.maxDataCollectionItems()) {
          untrackedDataCollectionResults++;
          continue;
        }
        tally = new DataCollectionTally(limits);
        dataCollection.put(result.dataCollectionId(), tally);
      }
      tally.add(result.value());
    }
  }

  private void acceptFailure(ConversationId id, ConversationAnalysisException exception) {
    FailureTally tally = failures.computeIfAbsent(exception.kind(), kind -> new FailureTally());
    tally.count++;
    if (tally.ids.size() < limits.maxIdsPerFailureKind()) {
      tally.ids.add(id);
    }
  }

  private static final class CriterionTally {
    long success;
    long failure;
    long unknown;
    long other;
    NumberSummary scores = NumberSummary.empty();
    OptionalLong maxScore = OptionalLong.empty();

    void add(CriterionResult result) {
      result.score().ifPresent(score -> scores = scores.plus(BigDecimal.valueOf(score)));
      result.maxScore().ifPresent(max -> {
        if (maxScore.isEmpty() || max > maxScore.getAsLong()) {
          maxScore = OptionalLong.of(max);
        }
      });
      Verdict verdict = result.result();
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

    CriterionSummary summary(String id) {
      return new CriterionSummary(id, success, failure, unknown, other, scores, maxScore);
    }
  }

  private static final class DataCollectionTally {
    final ReportLimits limits;
    final BoundedCounts values;
    long results;
    long missing;
    NumberSummary numbers = NumberSummary.empty();

    DataCollectionTally(ReportLimits limits) {
      this.limits = limits;
      this.values = new BoundedCounts(limits.maxDistinctValues());
    }

    void add(Optional<JsonValue> value) {
      results++;
      if (value.isEmpty() || value.get().isNull()) {
        missing++;
        return;
      }
      JsonValue present = value.get();
      present.asDecimal().ifPresent(number -> numbers = numbers.plus(number));
      values.add(ValueText.of(present, limits.maxValueLength()));
    }

    DataCollectionSummary summary(String id) {
      return new DataCollectionSummary(id, results, missing, values.snapshot(), numbers);
    }
  }

  private static final class FailureTally {
    long count;
    final List<ConversationId> ids = new ArrayList<>();
  }
}
