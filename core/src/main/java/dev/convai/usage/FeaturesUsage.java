package dev.convai.usage;

import dev.convai.json.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which agent features were enabled and used in the conversation.
 *
 * <p>Wire schema {@code FeaturesUsageCommonModel}.
 */
@Value.Immutable
public interface FeaturesUsage extends Extensible {

  /**
   * Language detection. Wire name {@code language_detection}; empty when absent or {@code null}.
   */
  Optional<FeatureStatus> languageDetection();

  /** Transfer to agent. Wire name {@code transfer_to_agent}; empty when absent or {@code null}. */
  Optional<FeatureStatus> transferToAgent();

  /**
   * Transfer to number. Wire name {@code transfer_to_number}; empty when absent or {@code null}.
   */
  Optional<FeatureStatus> transferToNumber();

  /** Multivoice. Wire name {@code multivoice}; empty when absent or {@code null}. */
  Optional<FeatureStatus> multivoice();

  /** DTMF tones. Wire name {@code dtmf_tones}; empty when absent or {@code null}. */
  Optional<FeatureStatus> dtmfTones();

  /**
   * External MCP servers. Wire name {@code external_mcp_servers}; empty when absent or {@code
   * null}.
   */
  Optional<FeatureStatus> externalMcpServers();

  /** PII ZRM workspace. Wire name {@code pii_zrm_workspace}; {@code false} when absent. */
  @Value.Default
  default boolean piiZrmWorkspace() {
    return false;
  }

  /** PII ZRM agent. Wire name {@code pii_zrm_agent}; {@code false} when absent. */
  @Value.Default
  default boolean piiZrmAgent() {
    return false;
  }

  /**
   * Tool dynamic variable updates. Wire name {@code tool_dynamic_variable_updates}; empty when
   * absent or {@code null}.
   */
  Optional<FeatureStatus> toolDynamicVariableUpdates();

  /** Whether it is LiveKit. Wire name {@code is_livekit}; {@code false} when absent. */
  @Value.Default
  default boolean isLivekit() {
    return false;
  }

  /**
   * Voicemail detection. Wire name {@code voicemail_detection}; empty when absent or {@code null}.
   */
  Optional<FeatureStatus> voicemailDetection();

  /** DTMF input. Wire name {@code dtmf_input}; empty when absent or {@code null}. */
  Optional<FeatureStatus> dtmfInput();

  /** Workflow. Wire name {@code workflow}; empty when absent or {@code null}. */
  Optional<WorkflowFeaturesUsage> workflow();

  /** Agent testing. Wire name {@code agent_testing}; empty when absent or {@code null}. */
  Optional<AgentTestingUsage> agentTesting();

  /** Versioning. Wire name {@code versioning}; empty when absent or {@code null}. */
  Optional<FeatureStatus> versioning();

  /** File input. Wire name {@code file_input}; empty when absent or {@code null}. */
  Optional<FeatureStatus> fileInput();

  /** A builder for this type. */
  static ImmutableFeaturesUsage.Builder builder() {
    return ImmutableFeaturesUsage.builder();
  }
}
