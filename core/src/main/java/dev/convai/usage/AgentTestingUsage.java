package dev.convai.usage;

import dev.convai.json.Extensible;
import org.immutables.value.Value;

/**
 * Whether the agent's tests were run.
 *
 * <p>Wire schema {@code TestsFeatureUsageCommonModel}.
 */
@Value.Immutable
public interface AgentTestingUsage extends Extensible {

  /** Enabled. Wire name {@code enabled}; {@code false} when absent. */
  @Value.Default
  default boolean enabled() {
    return false;
  }

  /**
   * Tests ran after last modification. Wire name {@code tests_ran_after_last_modification}; {@code
   * false} when absent.
   */
  @Value.Default
  default boolean testsRanAfterLastModification() {
    return false;
  }

  /**
   * Tests ran in last 7 days. Wire name {@code tests_ran_in_last_7_days}; {@code false} when
   * absent.
   */
  @Value.Default
  default boolean testsRanInLast7Days() {
    return false;
  }

  /** A builder for this type. */
  static ImmutableAgentTestingUsage.Builder builder() {
    return ImmutableAgentTestingUsage.builder();
  }
}
