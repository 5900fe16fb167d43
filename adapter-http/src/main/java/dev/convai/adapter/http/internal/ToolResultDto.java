package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Wire form of {@code
 * WorkflowToolResponseModelOutputStepsItemsDiscriminatorMappingNestedToolsResultsItems}: the
 * variant is chosen by {@code type}; anything else
 * falls back to {@link OtherToolResultDto}.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true,
    defaultImpl = OtherToolResultDto.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = SystemToolResultDto.class, name = "system"),
  @JsonSubTypes.Type(value = ApiIntegrationWebhookToolResultDto.class, name = "api_integration_webhook"),
  @JsonSubTypes.Type(value = WorkflowToolResultDto.class, name = "workflow"),
  @JsonSubTypes.Type(value = OtherToolResultDto.class, name = "client"),
  @JsonSubTypes.Type(value = OtherToolResultDto.class, name = "webhook"),
  @JsonSubTypes.Type(value = OtherToolResultDto.class, name = "mcp"),
  @JsonSubTypes.Type(value = OtherToolResultDto.class, name = "code")
})
sealed interface ToolResultDto permits OtherToolResultDto, SystemToolResultDto, ApiIntegrationWebhookToolResultDto, WorkflowToolResultDto {}
