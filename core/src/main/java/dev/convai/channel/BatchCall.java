package dev.convai.channel;

import dev.convai.json.Extensible;
import org.immutables.value.Value;

/**
 * The batch call a conversation belongs to.
 *
 * <p>Wire schema {@code ConversationHistoryBatchCallModel}.
 */
@Value.Immutable
public interface BatchCall extends Extensible {

  /** Batch call id. Wire name {@code batch_call_id}. */
  String batchCallId();

  /** Batch call recipient id. Wire name {@code batch_call_recipient_id}. */
  String batchCallRecipientId();

  /** A builder for this type. */
  static ImmutableBatchCall.Builder builder() {
    return ImmutableBatchCall.builder();
  }
}
