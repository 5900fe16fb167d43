package dev.convai.usage;

import dev.convai.json.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Workflow features enabled and used.
 *
 * <p>Wire schema {@code WorkflowFeaturesUsageCommonModel}.
 */
@Value.Immutable
public interface WorkflowFeaturesUsage extends Extensible {

  /** Enabled. Wire name {@code enabled}; {@code false} when absent. */
  @Value.Default
  default boolean enabled() {
    return false;
  }

  /** Tool node. Wire name {@code tool_node}; empty when absent or {@code null}. */
  Optional<FeatureStatus> toolNode();

  /**
   * Standalone agent node. Wire name {@code standalone_agent_node}; empty when absent or {@code
   * null}.
   */
  Optional<FeatureStatus> standaloneAgentNode();

  /** Phone number node. Wire name {@code phone_number_node}; empty when absent or {@code null}. */
  Optional<FeatureStatus> phoneNumberNode();

  /** End node. Wire name {@code end_node}; empty when absent or {@code null}. */
  Optional<FeatureStatus> endNode();

  /** A builder for this type. */
  static ImmutableWorkflowFeaturesUsage.Builder builder() {
    return ImmutableWorkflowFeaturesUsage.builder();
  }
}
