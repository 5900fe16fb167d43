package dev.convai.transcript;

import dev.convai.json.Extensible;
import java.util.List;
import org.immutables.value.Value;

/**
 * A message spoken with several voices.
 *
 * <p>Wire schema {@code ConversationHistoryMultivoiceMessageModel}.
 */
@Value.Immutable
public interface MultivoiceMessage extends Extensible {

  /** Parts. Wire name {@code parts}; empty when absent or {@code null}. */
  List<MultivoicePart> parts();

  /** A builder for this type. */
  static ImmutableMultivoiceMessage.Builder builder() {
    return ImmutableMultivoiceMessage.builder();
  }
}
