package dev.convai.transcript;

import org.immutables.value.Value;

/**
 * Details of an API-integration webhook tool call.
 *
 * <p>Wire schema {@code ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails}, a
 * variant of {@code ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails}.
 */
@Value.Immutable
public non-sealed interface ApiIntegrationWebhookToolDetails extends ToolDetails {

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

  /** Webhook details. Wire name {@code webhook_details}. */
  WebhookToolDetails webhookDetails();

  @Override
  default ToolDetails.Kind kind() {
    return ToolDetails.Kind.API_INTEGRATION_WEBHOOK;
  }

  @Override
  default <R> R accept(ToolDetails.Visitor<R> visitor) {
    return visitor.visitApiIntegrationWebhookToolDetails(this);
  }

  /** A builder for this type. */
  static ImmutableApiIntegrationWebhookToolDetails.Builder builder() {
    return ImmutableApiIntegrationWebhookToolDetails.builder();
  }
}
