package dev.convai.channel;

import dev.convai.json.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The WhatsApp side of a WhatsApp conversation.
 *
 * <p>Wire schema {@code WhatsAppConversationInfo}.
 */
@Value.Immutable
public interface WhatsAppInfo extends Extensible {

  /** Direction. Wire name {@code direction}; {@code unknown} when absent. */
  @Value.Default
  default WhatsAppDirection direction() {
    return WhatsAppDirection.UNKNOWN;
  }

  /**
   * WhatsApp phone number id. Wire name {@code whatsapp_phone_number_id}; empty when absent or
   * {@code null}.
   */
  Optional<String> whatsappPhoneNumberId();

  /** WhatsApp user id. Wire name {@code whatsapp_user_id}. */
  String whatsappUserId();

  /**
   * Awaiting first user message. Wire name {@code awaiting_first_user_message}; empty when absent
   * or {@code null}.
   */
  Optional<Boolean> awaitingFirstUserMessage();

  /** A builder for this type. */
  static ImmutableWhatsAppInfo.Builder builder() {
    return ImmutableWhatsAppInfo.builder();
  }
}
