package dev.convai.transcript;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Running a subagent failed.
 *
 * <p>Wire schema {@code RunSubagentToolResultErrorModel}, a variant of {@code
 * ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult} sent by the live API and
 * absent from the documented spec.
 */
@Value.Immutable
public non-sealed interface RunSubagentErrorOutcome extends SystemToolOutcome {

  /** Status ({@code error}). Wire name {@code status}; empty when absent or {@code null}. */
  Optional<String> status();

  /** What went wrong. Wire name {@code error}. */
  String error();

  @Override
  default SystemToolOutcome.Kind kind() {
    return SystemToolOutcome.Kind.RUN_SUBAGENT_ERROR;
  }

  @Override
  default <R> R accept(SystemToolOutcome.Visitor<R> visitor) {
    return visitor.visitRunSubagentErrorOutcome(this);
  }

  /** A builder for this type. */
  static ImmutableRunSubagentErrorOutcome.Builder builder() {
    return ImmutableRunSubagentErrorOutcome.builder();
  }
}
