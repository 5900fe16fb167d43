package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails/ConversationHistoryTranscriptToolCallMCPDetails}. */
record McpToolDetailsDto(
    @JsonProperty("type") String type,
    @JsonProperty("mcp_server_id") String mcpServerId,
    @JsonProperty("mcp_server_name") String mcpServerName,
    @JsonProperty("integration_type") String integrationType,
    @JsonProperty("parameters") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> parameters,
    @JsonProperty("approval_policy") String approvalPolicy,
    @JsonProperty("requires_approval") Boolean requiresApproval,
    @JsonProperty("mcp_tool_name") String mcpToolName,
    @JsonProperty("mcp_tool_description") String mcpToolDescription) implements ToolDetailsDto {

  McpToolDetailsDto {
    mcpServerId = mcpServerId == null ? "" : mcpServerId;
    mcpServerName = mcpServerName == null ? "" : mcpServerName;
    integrationType = integrationType == null ? "" : integrationType;
    parameters = parameters == null ? Map.of() : parameters;
    approvalPolicy = approvalPolicy == null ? "" : approvalPolicy;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static McpToolDetailsDto empty() {
    return new McpToolDetailsDto(null, null, null, null, null, null, null, null, null);
  }
}
