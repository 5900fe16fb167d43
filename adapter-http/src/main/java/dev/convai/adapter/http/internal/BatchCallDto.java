package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryBatchCallModel}. */
record BatchCallDto(
    @JsonProperty("batch_call_id") String batchCallId,
    @JsonProperty("batch_call_recipient_id") String batchCallRecipientId) {

  BatchCallDto {
    batchCallId = batchCallId == null ? "" : batchCallId;
    batchCallRecipientId = batchCallRecipientId == null ? "" : batchCallRecipientId;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static BatchCallDto empty() {
    return new BatchCallDto(null, null);
  }
}
