package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Wire form of {@code ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails}: the
 * variant is chosen by {@code type}; anything else
 * falls back to {@link UnknownToolDetailsDto}.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true,
    defaultImpl = UnknownToolDetailsDto.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = ApiIntegrationWebhookToolDetailsDto.class, name = "api_integration_webhook"),
  @JsonSubTypes.Type(value = ClientToolDetailsDto.class, name = "client"),
  @JsonSubTypes.Type(value = McpToolDetailsDto.class, name = "mcp"),
  @JsonSubTypes.Type(value = WebhookToolDetailsDto.class, name = "webhook")
})
sealed interface ToolDetailsDto permits ApiIntegrationWebhookToolDetailsDto, ClientToolDetailsDto, McpToolDetailsDto, WebhookToolDetailsDto, UnknownToolDetailsDto {}
