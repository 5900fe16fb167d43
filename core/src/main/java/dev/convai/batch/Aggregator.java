package dev.convai.batch;

import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.FailureKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

  private final Map<FailureKind, FailureTally> failures = new EnumMap<>(FailureKind.class);

  /** An empty aggregator with the {@linkplain ReportLimits#defaults() default limits}. */
  public Aggregator() {
    this(ReportLimits.defaults());
  }

  /** An empty aggregator with these limits. */
  public Aggregator(ReportLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
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
    Map<FailureKind, FailureGroup> failureGroups = new EnumMap<>(FailureKind.class);
    failures.forEach((kind, tally) -> failureGroups.put(kind, new FailureGroup(kind, tally.count, tally.ids)));
    return new BatchReport(
        succeeded + failed,
        succeeded,
        failed,
        cancelled,
        elapsed,
        ValueCounts.empty(),
        0,
        new LinkedHashMap<>(),
        0,
        new LinkedHashMap<>(),
        0,
        failureGroups);
  }

  private void acceptConversation(Conversation conversation) {
    // The analysis is read once the domain model carries it.
  }

  private void acceptFailure(ConversationId id, ConversationAnalysisException exception) {
    FailureTally tally = failures.computeIfAbsent(exception.kind(), kind -> new FailureTally());
    tally.count++;
    if (tally.ids.size() < limits.maxIdsPerFailureKind()) {
      tally.ids.add(id);
    }
  }

  private static final class FailureTally {
    long count;
    final List<ConversationId> ids = new ArrayList<>();
  }
}
