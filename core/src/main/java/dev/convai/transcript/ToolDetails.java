package dev.convai.transcript;

import dev.convai.json.Extensible;
import java.util.Optional;

/**
 * Details of a tool call that depend on the tool's kind; an unknown kind arrives as {@link
 * UnknownToolDetails} with all its data.
 *
 * <p>Java 17 has no pattern {@code switch}: use {@link #kind()} or {@link #accept(Visitor)}.
 * Wire schema {@code ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails},
 * discriminated by {@code type}.
 */
public sealed interface ToolDetails extends Extensible
    permits ApiIntegrationWebhookToolDetails, ClientToolDetails, McpToolDetails, WebhookToolDetails, UnknownToolDetails {

  /** The variants, each with the {@code type} value that selects it. */
  enum Kind {
    /** {@code api_integration_webhook}: see {@link ApiIntegrationWebhookToolDetails}. */
    API_INTEGRATION_WEBHOOK("api_integration_webhook"),
    /** {@code client}: see {@link ClientToolDetails}. */
    CLIENT("client"),
    /** {@code mcp}: see {@link McpToolDetails}. */
    MCP("mcp"),
    /** {@code webhook}: see {@link WebhookToolDetails}. */
    WEBHOOK("webhook"),
    /** A kind this library does not know; see {@link UnknownToolDetails}. */
    UNKNOWN(null);

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
    /** Visits a {@link ApiIntegrationWebhookToolDetails}. */
    R visitApiIntegrationWebhookToolDetails(ApiIntegrationWebhookToolDetails value);

    /** Visits a {@link ClientToolDetails}. */
    R visitClientToolDetails(ClientToolDetails value);

    /** Visits a {@link McpToolDetails}. */
    R visitMcpToolDetails(McpToolDetails value);

    /** Visits a {@link WebhookToolDetails}. */
    R visitWebhookToolDetails(WebhookToolDetails value);

    /** Visits a {@link UnknownToolDetails}. */
    R visitUnknownToolDetails(UnknownToolDetails value);
  }

  /** Which variant this is. */
  Kind kind();

  /** Calls the visitor method of this variant. */
  <R> R accept(Visitor<R> visitor);
}
