package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails/ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails}. */
record ApiIntegrationWebhookToolDetailsDto(
    @JsonProperty("type") String type,
    @JsonProperty("integration_id") String integrationId,
    @JsonProperty("credential_id") String credentialId,
    @JsonProperty("integration_connection_id") String integrationConnectionId,
    @JsonProperty("webhook_details") WebhookCallDetailsDto webhookDetails) implements ToolDetailsDto {

  ApiIntegrationWebhookToolDetailsDto {
    webhookDetails = webhookDetails == null ? WebhookCallDetailsDto.empty() : webhookDetails;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static ApiIntegrationWebhookToolDetailsDto empty() {
    return new ApiIntegrationWebhookToolDetailsDto(null, null, null, null, null);
  }
}
