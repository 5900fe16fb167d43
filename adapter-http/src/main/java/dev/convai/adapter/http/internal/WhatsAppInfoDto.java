package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code WhatsAppConversationInfo}. */
record WhatsAppInfoDto(
    @JsonProperty("direction") String direction,
    @JsonProperty("whatsapp_phone_number_id") String whatsappPhoneNumberId,
    @JsonProperty("whatsapp_user_id") String whatsappUserId,
    @JsonProperty("awaiting_first_user_message") Boolean awaitingFirstUserMessage) {

  WhatsAppInfoDto {
    whatsappUserId = whatsappUserId == null ? "" : whatsappUserId;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static WhatsAppInfoDto empty() {
    return new WhatsAppInfoDto(null, null, null, null);
  }
}
