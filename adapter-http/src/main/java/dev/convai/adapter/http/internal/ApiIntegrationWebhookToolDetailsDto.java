package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails/ConversationHistoryTranscriptToolCallApiIntegrationWebhookDetails}. */
final class ApiIntegrationWebhookToolDetailsDto extends WireObject implements ToolDetailsDto {

  @JsonProperty("type") private String type;
  @JsonProperty("integration_id") private String integrationId;
  @JsonProperty("credential_id") private String credentialId;
  @JsonProperty("integration_connection_id") private String integrationConnectionId;
  @JsonProperty("webhook_details") private WebhookCallDetailsDto webhookDetails;

  /** For Jackson, which sets the members it finds. */
  ApiIntegrationWebhookToolDetailsDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  ApiIntegrationWebhookToolDetailsDto(
      String type,
      String integrationId,
      String credentialId,
      String integrationConnectionId,
      WebhookCallDetailsDto webhookDetails,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.type = type;
    this.integrationId = integrationId;
    this.credentialId = credentialId;
    this.integrationConnectionId = integrationConnectionId;
    this.webhookDetails = webhookDetails;
  }

  /** {@code type}; {@code null} when absent. */
  public String type() {
    return type;
  }

  /** {@code integration_id}; {@code null} when absent. */
  public String integrationId() {
    return integrationId;
  }

  /** {@code credential_id}; {@code null} when absent. */
  public String credentialId() {
    return credentialId;
  }

  /** {@code integration_connection_id}; {@code null} when absent. */
  public String integrationConnectionId() {
    return integrationConnectionId;
  }

  /** {@code webhook_details}; an empty object when absent (a required member). */
  public WebhookCallDetailsDto webhookDetails() {
    return webhookDetails == null ? new WebhookCallDetailsDto() : webhookDetails;
  }
}
