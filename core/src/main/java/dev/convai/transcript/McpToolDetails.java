package dev.convai.transcript;

import java.util.Map;
import org.immutables.value.Value;

/**
 * Details of an MCP tool call.
 *
 * <p>Wire schema {@code ConversationHistoryTranscriptToolCallMCPDetails}, a variant of {@code
 * ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails}.
 */
@Value.Immutable
public non-sealed interface McpToolDetails extends ToolDetails {

  /** MCP server id. Wire name {@code mcp_server_id}. */
  String mcpServerId();

  /** MCP server name. Wire name {@code mcp_server_name}. */
  String mcpServerName();

  /** Integration type. Wire name {@code integration_type}. */
  String integrationType();

  /** Parameters. Wire name {@code parameters}; empty when absent or {@code null}. */
  Map<String, String> parameters();

  /** Approval policy. Wire name {@code approval_policy}. */
  String approvalPolicy();

  /** Requires approval. Wire name {@code requires_approval}; {@code false} when absent. */
  @Value.Default
  default boolean requiresApproval() {
    return false;
  }

  /** MCP tool name. Wire name {@code mcp_tool_name}; {@code ""} when absent. */
  @Value.Default
  default String mcpToolName() {
    return "";
  }

  /** MCP tool description. Wire name {@code mcp_tool_description}; {@code ""} when absent. */
  @Value.Default
  default String mcpToolDescription() {
    return "";
  }

  @Override
  default ToolDetails.Kind kind() {
    return ToolDetails.Kind.MCP;
  }

  @Override
  default <R> R accept(ToolDetails.Visitor<R> visitor) {
    return visitor.visitMcpToolDetails(this);
  }

  /** A builder for this type. */
  static ImmutableMcpToolDetails.Builder builder() {
    return ImmutableMcpToolDetails.builder();
  }
}
