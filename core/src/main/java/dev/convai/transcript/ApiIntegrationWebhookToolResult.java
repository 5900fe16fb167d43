package dev.convai.transcript;

import org.immutables.value.Value;

/**
 * The result of an API-integration webhook tool call.
 *
 * <p>Wire schema {@code
 * ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel-Output}.
 */
@Value.Immutable
public non-sealed interface ApiIntegrationWebhookToolResult extends ToolResult {

  /** Integration id. Wire name {@code integration_id}; {@code ""} when absent. */
  @Value.Default
  default String integrationId() {
    return "";
  }

  /** Credential id. Wire name {@code credential_id}; {@code ""} when absent. */
  @Value.Default
  default String credentialId() {
    return "";
  }

  /**
   * Integration connection id. Wire name {@code integration_connection_id}; {@code ""} when absent.
   */
  @Value.Default
  default String integrationConnectionId() {
    return "";
  }

  @Override
  default ToolResult.Kind kind() {
    return ToolResult.Kind.API_INTEGRATION_WEBHOOK;
  }

  @Override
  default <R> R accept(ToolResult.Visitor<R> visitor) {
    return visitor.visitApiIntegrationWebhookToolResult(this);
  }

  /** A builder for this type. */
  static ImmutableApiIntegrationWebhookToolResult.Builder builder() {
    return ImmutableApiIntegrationWebhookToolResult.builder();
  }
}
