package dev.convai.transcript;

import java.util.List;
import org.immutables.value.Value;

/**
 * The result of an API-integration webhook tool call.
 *
 * <p>Wire schema {@code
 * ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel-Output}.
 */
@Value.Immutable
public non-sealed interface ApiIntegrationWebhookToolResult extends ToolResult {

  /** Request id. Wire name {@code request_id}. */
  @Override
  String requestId();

  /** Tool name. Wire name {@code tool_name}. */
  @Override
  String toolName();

  /** Result value. Wire name {@code result_value}. */
  @Override
  String resultValue();

  /** Whether it is error. Wire name {@code is_error}. */
  @Override
  boolean isError();

  /** Whether it is blocked. Wire name {@code is_blocked}; {@code false} when absent. */
  @Override
  @Value.Default
  default boolean isBlocked() {
    return false;
  }

  /** Tool has been called. Wire name {@code tool_has_been_called}. */
  @Override
  boolean toolHasBeenCalled();

  /** Tool latency, in seconds. Wire name {@code tool_latency_secs}; {@code 0} when absent. */
  @Override
  @Value.Default
  default double toolLatencySecs() {
    return 0.0;
  }

  /** Error type. Wire name {@code error_type}; {@code ""} when absent. */
  @Override
  @Value.Default
  default String errorType() {
    return "";
  }

  /** Raw error message. Wire name {@code raw_error_message}; {@code ""} when absent. */
  @Override
  @Value.Default
  default String rawErrorMessage() {
    return "";
  }

  /**
   * Dynamic variable updates. Wire name {@code dynamic_variable_updates}; empty when absent or
   * {@code null}.
   */
  @Override
  List<DynamicVariableUpdate> dynamicVariableUpdates();

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
