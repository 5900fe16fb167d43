package dev.convai.transcript;

import dev.convai.json.Extensible;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of a tool call. The variant follows the result's {@code type}: {@code system}, {@code
 * api_integration_webhook}, {@code workflow}, and otherwise {@link OtherToolResult}, which keeps
 * the raw type.
 *
 * <p>Java 17 has no pattern {@code switch}: use {@link #kind()} or {@link #accept(Visitor)}.
 * Wire schema {@code
 * WorkflowToolResponseModelOutputStepsItemsDiscriminatorMappingNestedToolsResultsItems}, {@code
 * ConversationHistoryTranscriptResponseModelToolResultsItems}, discriminated by {@code type}.
 */
public sealed interface ToolResult extends Extensible
    permits OtherToolResult, SystemToolResult, ApiIntegrationWebhookToolResult, WorkflowToolResult {

  /** The variants, each with the {@code type} value that selects it. */
  enum Kind {
    /** See {@link OtherToolResult}. */
    OTHER(null),
    /** {@code system}: see {@link SystemToolResult}. */
    SYSTEM("system"),
    /** {@code api_integration_webhook}: see {@link ApiIntegrationWebhookToolResult}. */
    API_INTEGRATION_WEBHOOK("api_integration_webhook"),
    /** {@code workflow}: see {@link WorkflowToolResult}. */
    WORKFLOW("workflow");

    private final String wireValue;

    Kind(String wireValue) {
      this.wireValue = wireValue;
    }

    /** The {@code type} value of this kind; empty for the catch-all kind. */
    public Optional<String> wireValue() {
      return Optional.ofNullable(wireValue);
    }
  }

  /**
   * Visits the variants.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /** Visits a {@link OtherToolResult}. */
    R visitOtherToolResult(OtherToolResult value);

    /** Visits a {@link SystemToolResult}. */
    R visitSystemToolResult(SystemToolResult value);

    /** Visits a {@link ApiIntegrationWebhookToolResult}. */
    R visitApiIntegrationWebhookToolResult(ApiIntegrationWebhookToolResult value);

    /** Visits a {@link WorkflowToolResult}. */
    R visitWorkflowToolResult(WorkflowToolResult value);
  }

  /** Which variant this is. */
  Kind kind();

  /** Calls the visitor method of this variant. */
  <R> R accept(Visitor<R> visitor);

  /** Request id. Wire name {@code request_id}. */
  String requestId();

  /** Tool name. Wire name {@code tool_name}. */
  String toolName();

  /** Result value. Wire name {@code result_value}. */
  String resultValue();

  /** Whether it is error. Wire name {@code is_error}. */
  boolean isError();

  /** Whether it is blocked. Wire name {@code is_blocked}; {@code false} when absent. */
  @Value.Default
  default boolean isBlocked() {
    return false;
  }

  /** Tool has been called. Wire name {@code tool_has_been_called}. */
  boolean toolHasBeenCalled();

  /** Tool latency, in seconds. Wire name {@code tool_latency_secs}; {@code 0} when absent. */
  @Value.Default
  default double toolLatencySecs() {
    return 0.0;
  }

  /** Error type. Wire name {@code error_type}; {@code ""} when absent. */
  @Value.Default
  default String errorType() {
    return "";
  }

  /** Raw error message. Wire name {@code raw_error_message}; {@code ""} when absent. */
  @Value.Default
  default String rawErrorMessage() {
    return "";
  }

  /**
   * Dynamic variable updates. Wire name {@code dynamic_variable_updates}; empty when absent or
   * {@code null}.
   */
  List<DynamicVariableUpdate> dynamicVariableUpdates();
}
