package dev.convai.channel;

import dev.convai.json.Extensible;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Delivery state of an asynchronous conversation to an external system.
 *
 * <p>Wire schema {@code AsyncConversationMetadata}.
 */
@Value.Immutable
public interface AsyncMetadata extends Extensible {

  /** Delivery status. Wire name {@code delivery_status}. */
  AsyncDeliveryStatus deliveryStatus();

  /** Delivery timestamp. Wire name {@code delivery_timestamp}. */
  long deliveryTimestamp();

  /** Delivery error. Wire name {@code delivery_error}; empty when absent or {@code null}. */
  Optional<String> deliveryError();

  /** External system. Wire name {@code external_system}. */
  String externalSystem();

  /** External id. Wire name {@code external_id}. */
  String externalId();

  /** External link. Wire name {@code external_link}; empty when absent or {@code null}. */
  Optional<String> externalLink();

  /** Retry count. Wire name {@code retry_count}; {@code 0} when absent. */
  @Value.Default
  default long retryCount() {
    return 0L;
  }

  /**
   * Last retry timestamp. Wire name {@code last_retry_timestamp}; empty when absent or {@code
   * null}.
   */
  OptionalLong lastRetryTimestamp();

  /**
   * Last processed external message id. Wire name {@code last_processed_external_message_id}; empty
   * when absent or {@code null}.
   */
  Optional<String> lastProcessedExternalMessageId();

  /** A builder for this type. */
  static ImmutableAsyncMetadata.Builder builder() {
    return ImmutableAsyncMetadata.builder();
  }
}
