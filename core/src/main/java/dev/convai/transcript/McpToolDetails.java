package dev.convai.transcript;

import java.util.Map;
import org.immutables.value.Value;

/**
 * Details of an MCP tool call.
 *
 * <p>Wire schema {@code ConversationHistoryTranscriptToolCallMCPDetails}, a variant of {@code ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails}.
 */
@Value.Immutable
public non-sealed interface McpToolDetails extends ToolDetails {

  /** Wire name {@code mcp_server_id}. */
  String mcpServerId();

  /** Wire name {@code mcp_server_name}. */
  String mcpServerName();

  /** Wire name {@code integration_type}. */
  String integrationType();

  /** Wire name {@code parameters}; empty when absent or {@code null}. */
  Map<String, String> parameters();

  /** Wire name {@code approval_policy}. */
  String approvalPolicy();

  /** Wire name {@code requires_approval}; {@code false} when absent. */
  @Value.Default
  default boolean requiresApproval() {
    return false;
  }

  /** Wire name {@code mcp_tool_name}; {@code ""} when absent. */
  @Value.Default
  default String mcpToolName() {
    return "";
  }

  /** Wire name {@code mcp_tool_description}; {@code ""} when absent. */
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
