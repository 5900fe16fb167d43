package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails/ConversationHistoryTranscriptToolCallMCPDetails}. */
final class McpToolDetailsDto extends WireObject implements ToolDetailsDto {

  @JsonProperty("type") private String type;
  @JsonProperty("mcp_server_id") private String mcpServerId;
  @JsonProperty("mcp_server_name") private String mcpServerName;
  @JsonProperty("integration_type") private String integrationType;
  @JsonProperty("parameters") @JsonInclude(JsonInclude.Include.NON_EMPTY) private Map<String, String> parameters;
  @JsonProperty("approval_policy") private String approvalPolicy;
  @JsonProperty("requires_approval") private Boolean requiresApproval;
  @JsonProperty("mcp_tool_name") private String mcpToolName;
  @JsonProperty("mcp_tool_description") private String mcpToolDescription;

  /** For Jackson, which sets the members it finds. */
  McpToolDetailsDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  McpToolDetailsDto(
      String type,
      String mcpServerId,
      String mcpServerName,
      String integrationType,
      Map<String, String> parameters,
      String approvalPolicy,
      Boolean requiresApproval,
      String mcpToolName,
      String mcpToolDescription,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.type = type;
    this.mcpServerId = mcpServerId;
    this.mcpServerName = mcpServerName;
    this.integrationType = integrationType;
    this.parameters = parameters;
    this.approvalPolicy = approvalPolicy;
    this.requiresApproval = requiresApproval;
    this.mcpToolName = mcpToolName;
    this.mcpToolDescription = mcpToolDescription;
  }

  /** {@code type}; {@code null} when absent. */
  public String type() {
    return type;
  }

  /** {@code mcp_server_id}; {@code ""} when absent (a required member). */
  public String mcpServerId() {
    return mcpServerId == null ? "" : mcpServerId;
  }

  /** {@code mcp_server_name}; {@code ""} when absent (a required member). */
  public String mcpServerName() {
    return mcpServerName == null ? "" : mcpServerName;
  }

  /** {@code integration_type}; {@code ""} when absent (a required member). */
  public String integrationType() {
    return integrationType == null ? "" : integrationType;
  }

  /** {@code parameters}; {@code null} when absent. */
  public Map<String, String> parameters() {
    return parameters;
  }

  /** {@code approval_policy}; {@code ""} when absent (a required member). */
  public String approvalPolicy() {
    return approvalPolicy == null ? "" : approvalPolicy;
  }

  /** {@code requires_approval}; {@code null} when absent. */
  public Boolean requiresApproval() {
    return requiresApproval;
  }

  /** {@code mcp_tool_name}; {@code null} when absent. */
  public String mcpToolName() {
    return mcpToolName;
  }

  /** {@code mcp_tool_description}; {@code null} when absent. */
  public String mcpToolDescription() {
    return mcpToolDescription;
  }
}
