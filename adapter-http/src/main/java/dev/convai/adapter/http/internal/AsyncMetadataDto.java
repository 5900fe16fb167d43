package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code AsyncConversationMetadata}. */
record AsyncMetadataDto(
    @JsonProperty("delivery_status") String deliveryStatus,
    @JsonProperty("delivery_timestamp") Long deliveryTimestamp,
    @JsonProperty("delivery_error") String deliveryError,
    @JsonProperty("external_system") String externalSystem,
    @JsonProperty("external_id") String externalId,
    @JsonProperty("external_link") String externalLink,
    @JsonProperty("retry_count") Long retryCount,
    @JsonProperty("last_retry_timestamp") Long lastRetryTimestamp,
    @JsonProperty("last_processed_external_message_id") String lastProcessedExternalMessageId) {

  AsyncMetadataDto {
    deliveryStatus = deliveryStatus == null ? "" : deliveryStatus;
    deliveryTimestamp = deliveryTimestamp == null ? 0L : deliveryTimestamp;
    externalSystem = externalSystem == null ? "" : externalSystem;
    externalId = externalId == null ? "" : externalId;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static AsyncMetadataDto empty() {
    return new AsyncMetadataDto(null, null, null, null, null, null, null, null, null);
  }
}
