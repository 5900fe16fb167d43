package dev.convai.transcript;

import dev.convai.json.Extensible;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One voice's part of a multivoice message.
 *
 * <p>Wire schema {@code ConversationHistoryMultivoiceMessagePartModel}.
 */
@Value.Immutable
public interface MultivoicePart extends Extensible {

  /** Text. Wire name {@code text}. */
  String text();

  /** Voice label. Wire name {@code voice_label}; empty when absent or {@code null}. */
  Optional<String> voiceLabel();

  /**
   * Time in call, in seconds. Wire name {@code time_in_call_secs}; empty when absent or {@code
   * null}.
   */
  OptionalLong timeInCallSecs();

  /** A builder for this type. */
  static ImmutableMultivoicePart.Builder builder() {
    return ImmutableMultivoicePart.builder();
  }
}
