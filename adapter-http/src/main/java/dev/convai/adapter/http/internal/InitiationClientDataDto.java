package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationInitiationClientDataRequest-Output}. */
final class InitiationClientDataDto extends WireObject {

  @JsonProperty("conversation_config_override") private ConfigOverrideDto conversationConfigOverride;
  @JsonSetter(contentNulls = Nulls.SET) @JsonProperty("custom_llm_extra_body") @JsonInclude(JsonInclude.Include.NON_EMPTY) private Map<String, JsonValue> customLlmExtraBody;
  @JsonProperty("user_id") private String userId;
  @JsonProperty("source_info") private InitiationSourceInfoDto sourceInfo;
  @JsonProperty("branch_id") private String branchId;
  @JsonProperty("environment") private String environment;
  @JsonProperty("starting_workflow_node_id") private String startingWorkflowNodeId;
  @JsonSetter(contentNulls = Nulls.SET) @JsonProperty("dynamic_variables") @JsonInclude(JsonInclude.Include.NON_EMPTY) private Map<String, JsonValue> dynamicVariables;

  /** For Jackson, which sets the members it finds. */
  InitiationClientDataDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  InitiationClientDataDto(
      ConfigOverrideDto conversationConfigOverride,
      Map<String, JsonValue> customLlmExtraBody,
      String userId,
      InitiationSourceInfoDto sourceInfo,
      String branchId,
      String environment,
      String startingWorkflowNodeId,
      Map<String, JsonValue> dynamicVariables,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.conversationConfigOverride = conversationConfigOverride;
    this.customLlmExtraBody = customLlmExtraBody;
    this.userId = userId;
    this.sourceInfo = sourceInfo;
    this.branchId = branchId;
    this.environment = environment;
    this.startingWorkflowNodeId = startingWorkflowNodeId;
    this.dynamicVariables = dynamicVariables;
  }

  /** {@code conversation_config_override}; {@code null} when absent. */
  public ConfigOverrideDto conversationConfigOverride() {
    return conversationConfigOverride;
  }

  /** {@code custom_llm_extra_body}; {@code null} when absent. */
  public Map<String, JsonValue> customLlmExtraBody() {
    return customLlmExtraBody;
  }

  /** {@code user_id}; {@code null} when absent. */
  public String userId() {
    return userId;
  }

  /** {@code source_info}; {@code null} when absent. */
  public InitiationSourceInfoDto sourceInfo() {
    return sourceInfo;
  }

  /** {@code branch_id}; {@code null} when absent. */
  public String branchId() {
    return branchId;
  }

  /** {@code environment}; {@code null} when absent. */
  public String environment() {
    return environment;
  }

  /** {@code starting_workflow_node_id}; {@code null} when absent. */
  public String startingWorkflowNodeId() {
    return startingWorkflowNodeId;
  }

  /** {@code dynamic_variables}; {@code null} when absent. */
  public Map<String, JsonValue> dynamicVariables() {
    return dynamicVariables;
  }
}
