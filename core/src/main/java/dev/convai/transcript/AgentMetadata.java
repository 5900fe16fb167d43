package dev.convai.transcript;

import dev.convai.conversation.AgentId;
import dev.convai.json.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which agent, branch, workflow node and version produced an agent turn.
 *
 * <p>Wire schema {@code AgentMetadata}.
 */
@Value.Immutable
public interface AgentMetadata extends Extensible {

  /** Agent id. Wire name {@code agent_id}. */
  AgentId agentId();

  /** Branch id. Wire name {@code branch_id}; empty when absent or {@code null}. */
  Optional<String> branchId();

  /** Workflow node id. Wire name {@code workflow_node_id}; empty when absent or {@code null}. */
  Optional<String> workflowNodeId();

  /** Version id. Wire name {@code version_id}; empty when absent or {@code null}. */
  Optional<String> versionId();

  /** A builder for this type. */
  static ImmutableAgentMetadata.Builder builder() {
    return ImmutableAgentMetadata.builder();
  }
}
