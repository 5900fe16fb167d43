package dev.convai.batch;

import dev.convai.conversation.ConversationId;
import dev.convai.port.FailureKind;
import java.util.List;
import java.util.Objects;

/**
 * The ids of a batch that failed with one kind of failure.
 *
 * @param kind the kind of failure
 * @param count how many ids failed this way
 * @param ids the first of them, at most {@link ReportLimits#maxIdsPerFailureKind()}, in the order
 *     they were reported
 */
public record FailureGroup(FailureKind kind, long count, List<ConversationId> ids) {

  /** A group; the ids are copied. */
  public FailureGroup {
    Objects.requireNonNull(kind, "kind");
    ids = List.copyOf(ids);
  }

  /** {@code true} when more ids failed this way than {@link #ids()} holds. */
  public boolean truncated() {
    return count > ids.size();
  }
}
