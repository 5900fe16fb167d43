package dev.convai.transcript;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A subagent ran and answered.
 *
 * <p>Wire schema {@code RunSubagentToolResultSuccessModel}, a variant of {@code
 * ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult} sent by the live API and
 * absent from the documented spec.
 */
@Value.Immutable
public non-sealed interface RunSubagentSuccessOutcome extends SystemToolOutcome {

  /** Status ({@code success}). Wire name {@code status}; empty when absent or {@code null}. */
  Optional<String> status();

  /** The query sent to the subagent. Wire name {@code query}. */
  String query();

  /** The subagent's answer. Wire name {@code agent_response}. */
  String agentResponse();

  @Override
  default SystemToolOutcome.Kind kind() {
    return SystemToolOutcome.Kind.RUN_SUBAGENT_SUCCESS;
  }

  @Override
  default <R> R accept(SystemToolOutcome.Visitor<R> visitor) {
    return visitor.visitRunSubagentSuccessOutcome(this);
  }

  /** A builder for this type. */
  static ImmutableRunSubagentSuccessOutcome.Builder builder() {
    return ImmutableRunSubagentSuccessOutcome.builder();
  }
}
