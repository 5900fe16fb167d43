package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationInitiationClientDataRequest-Output}. */
record InitiationClientDataDto(
    @JsonProperty("conversation_config_override") ConfigOverrideDto conversationConfigOverride,
    @JsonSetter(contentNulls = Nulls.SET) @JsonProperty("custom_llm_extra_body") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, JsonValue> customLlmExtraBody,
    @JsonProperty("user_id") String userId,
    @JsonProperty("source_info") InitiationSourceInfoDto sourceInfo,
    @JsonProperty("branch_id") String branchId,
    @JsonProperty("environment") String environment,
    @JsonProperty("starting_workflow_node_id") String startingWorkflowNodeId,
    @JsonSetter(contentNulls = Nulls.SET) @JsonProperty("dynamic_variables") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, JsonValue> dynamicVariables) {

  InitiationClientDataDto {
    customLlmExtraBody = customLlmExtraBody == null ? Map.of() : customLlmExtraBody;
    dynamicVariables = dynamicVariables == null ? Map.of() : dynamicVariables;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static InitiationClientDataDto empty() {
    return new InitiationClientDataDto(null, null, null, null, null, null, null, null);
  }
}
