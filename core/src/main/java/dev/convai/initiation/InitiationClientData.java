package dev.convai.initiation;

import dev.convai.json.Extensible;
import dev.convai.json.JsonValue;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the client sent when it started the conversation: overrides, dynamic variables, user and
 * source.
 *
 * <p>Wire schema {@code ConversationInitiationClientDataRequest-Output}.
 */
@Value.Immutable
public interface InitiationClientData extends Extensible {

  /**
   * Conversation config override. Wire name {@code conversation_config_override}; empty when absent
   * or {@code null}.
   */
  Optional<ConfigOverride> conversationConfigOverride();

  /**
   * Custom LLM extra body. Wire name {@code custom_llm_extra_body}; empty when absent or {@code
   * null}.
   */
  Map<String, JsonValue> customLlmExtraBody();

  /**
   * ID of the end user participating in this conversation (for agent owner's user identification).
   * Wire name {@code user_id}; empty when absent or {@code null}.
   */
  Optional<String> userId();

  /** Source info. Wire name {@code source_info}; empty when absent or {@code null}. */
  Optional<InitiationSourceInfo> sourceInfo();

  /**
   * ID of the agent branch to use for this conversation. Wire name {@code branch_id}; empty when
   * absent or {@code null}.
   */
  Optional<String> branchId();

  /**
   * Environment to use for resolving environment variables. Wire name {@code environment}; empty
   * when absent or {@code null}.
   */
  Optional<String> environment();

  /**
   * If set, start the workflow at this node id instead of the default entry. Wire name {@code
   * starting_workflow_node_id}; empty when absent or {@code null}.
   */
  Optional<String> startingWorkflowNodeId();

  /** Dynamic variables. Wire name {@code dynamic_variables}; empty when absent or {@code null}. */
  Map<String, JsonValue> dynamicVariables();

  /** A builder for this type. */
  static ImmutableInitiationClientData.Builder builder() {
    return ImmutableInitiationClientData.builder();
  }
}
