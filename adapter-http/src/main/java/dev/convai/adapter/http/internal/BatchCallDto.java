package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryBatchCallModel}. */
final class BatchCallDto extends WireObject {

  @JsonProperty("batch_call_id") private String batchCallId;
  @JsonProperty("batch_call_recipient_id") private String batchCallRecipientId;

  /** For Jackson, which sets the members it finds. */
  BatchCallDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  BatchCallDto(
      String batchCallId,
      String batchCallRecipientId,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.batchCallId = batchCallId;
    this.batchCallRecipientId = batchCallRecipientId;
  }

  /** {@code batch_call_id}; {@code ""} when absent (a required member). */
  public String batchCallId() {
    return batchCallId == null ? "" : batchCallId;
  }

  /** {@code batch_call_recipient_id}; {@code ""} when absent (a required member). */
  public String batchCallRecipientId() {
    return batchCallRecipientId == null ? "" : batchCallRecipientId;
  }
}
