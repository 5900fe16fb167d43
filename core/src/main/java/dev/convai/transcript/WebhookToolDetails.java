package dev.convai.transcript;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The HTTP request a webhook tool call made.
 *
 * <p>Wire schema {@code ConversationHistoryTranscriptToolCallWebhookDetails}, both on its own and
 * as a variant of the tool-details union.
 */
@Value.Immutable
public non-sealed interface WebhookToolDetails extends ToolDetails {

  /** Method. Wire name {@code method}. */
  String method();

  /** URL. Wire name {@code url}. */
  String url();

  /** Headers. Wire name {@code headers}; empty when absent or {@code null}. */
  Map<String, String> headers();

  /** Path params. Wire name {@code path_params}; empty when absent or {@code null}. */
  Map<String, String> pathParams();

  /** Query params. Wire name {@code query_params}; empty when absent or {@code null}. */
  Map<String, String> queryParams();

  /** Body. Wire name {@code body}; empty when absent or {@code null}. */
  Optional<String> body();

  /**
   * The type tag the live API sends inside an API-integration call's {@code webhook_details}
   * (always {@code webhook}). Absent from the documented spec. Wire name {@code type} of {@code
   * webhook_details}; empty when absent or {@code null}, and always empty on the {@code webhook}
   * variant of the tool-details union, whose {@code type} is its {@link #kind()}.
   */
  Optional<String> webhookDetailsType();

  @Override
  default ToolDetails.Kind kind() {
    return ToolDetails.Kind.WEBHOOK;
  }

  @Override
  default <R> R accept(ToolDetails.Visitor<R> visitor) {
    return visitor.visitWebhookToolDetails(this);
  }

  /** A builder for this type. */
  static ImmutableWebhookToolDetails.Builder builder() {
    return ImmutableWebhookToolDetails.builder();
  }
}
