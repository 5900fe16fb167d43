package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code AsyncConversationMetadata}. */
final class AsyncMetadataDto extends WireObject {

  @JsonProperty("delivery_status") private String deliveryStatus;
  @JsonProperty("delivery_timestamp") private Long deliveryTimestamp;
  @JsonProperty("delivery_error") private String deliveryError;
  @JsonProperty("external_system") private String externalSystem;
  @JsonProperty("external_id") private String externalId;
  @JsonProperty("external_link") private String externalLink;
  @JsonProperty("retry_count") private Long retryCount;
  @JsonProperty("last_retry_timestamp") private Long lastRetryTimestamp;
  @JsonProperty("last_processed_external_message_id") private String lastProcessedExternalMessageId;

  /** For Jackson, which sets the members it finds. */
  AsyncMetadataDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  AsyncMetadataDto(
      String deliveryStatus,
      Long deliveryTimestamp,
      String deliveryError,
      String externalSystem,
      String externalId,
      String externalLink,
      Long retryCount,
      Long lastRetryTimestamp,
      String lastProcessedExternalMessageId,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.deliveryStatus = deliveryStatus;
    this.deliveryTimestamp = deliveryTimestamp;
    this.deliveryError = deliveryError;
    this.externalSystem = externalSystem;
    this.externalId = externalId;
    this.externalLink = externalLink;
    this.retryCount = retryCount;
    this.lastRetryTimestamp = lastRetryTimestamp;
    this.lastProcessedExternalMessageId = lastProcessedExternalMessageId;
  }

  /** {@code delivery_status}; {@code ""} when absent (a required member). */
  public String deliveryStatus() {
    return deliveryStatus == null ? "" : deliveryStatus;
  }

  /** {@code delivery_timestamp}; {@code 0} when absent (a required member). */
  public Long deliveryTimestamp() {
    return deliveryTimestamp == null ? 0L : deliveryTimestamp;
  }

  /** {@code delivery_error}; {@code null} when absent. */
  public String deliveryError() {
    return deliveryError;
  }

  /** {@code external_system}; {@code ""} when absent (a required member). */
  public String externalSystem() {
    return externalSystem == null ? "" : externalSystem;
  }

  /** {@code external_id}; {@code ""} when absent (a required member). */
  public String externalId() {
    return externalId == null ? "" : externalId;
  }

  /** {@code external_link}; {@code null} when absent. */
  public String externalLink() {
    return externalLink;
  }

  /** {@code retry_count}; {@code null} when absent. */
  public Long retryCount() {
    return retryCount;
  }

  /** {@code last_retry_timestamp}; {@code null} when absent. */
  public Long lastRetryTimestamp() {
    return lastRetryTimestamp;
  }

  /** {@code last_processed_external_message_id}; {@code null} when absent. */
  public String lastProcessedExternalMessageId() {
    return lastProcessedExternalMessageId;
  }
}
