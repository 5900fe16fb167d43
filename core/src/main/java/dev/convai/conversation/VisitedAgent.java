package dev.convai.conversation;

import dev.convai.json.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agent the conversation passed through (transfers between agents).
 *
 * <p>Wire schema {@code VisitedAgentRef}.
 */
@Value.Immutable
public interface VisitedAgent extends Extensible {

  /** Agent id. Wire name {@code agent_id}. */
  AgentId agentId();

  /** Branch id. Wire name {@code branch_id}; empty when absent or {@code null}. */
  Optional<String> branchId();

  /** A builder for this type. */
  static ImmutableVisitedAgent.Builder builder() {
    return ImmutableVisitedAgent.builder();
  }
}
