package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel-Output}. */
final class ApiIntegrationWebhookToolResultDto extends ToolResultCommonDto implements ToolResultDto {

  @JsonProperty("dynamic_variable_updates") private List<DynamicVariableUpdateDto> dynamicVariableUpdates;
  @JsonProperty("integration_id") private String integrationId;
  @JsonProperty("credential_id") private String credentialId;
  @JsonProperty("integration_connection_id") private String integrationConnectionId;

  /** For Jackson, which sets the members it finds. */
  ApiIntegrationWebhookToolResultDto() {}

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  ApiIntegrationWebhookToolResultDto(
      String type,
      String requestId,
      String toolName,
      String resultValue,
      Boolean isError,
      Boolean isBlocked,
      Boolean toolHasBeenCalled,
      Double toolLatencySecs,
      String errorType,
      String rawErrorMessage,
      List<DynamicVariableUpdateDto> dynamicVariableUpdates,
      String integrationId,
      String credentialId,
      String integrationConnectionId,
      Map<String, JsonValue> unknownMembers) {
    super(
        type, requestId, toolName, resultValue, isError, isBlocked, toolHasBeenCalled, toolLatencySecs,
        errorType, rawErrorMessage, unknownMembers);
    this.dynamicVariableUpdates = dynamicVariableUpdates;
    this.integrationId = integrationId;
    this.credentialId = credentialId;
    this.integrationConnectionId = integrationConnectionId;
  }

  /** {@code dynamic_variable_updates}; {@code null} when absent. */
  public List<DynamicVariableUpdateDto> dynamicVariableUpdates() {
    return dynamicVariableUpdates;
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
}
