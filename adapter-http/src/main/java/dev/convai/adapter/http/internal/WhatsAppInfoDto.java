package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code WhatsAppConversationInfo}. */
final class WhatsAppInfoDto extends WireObject {

  @JsonProperty("direction") private String direction;
  @JsonProperty("whatsapp_phone_number_id") private String whatsappPhoneNumberId;
  @JsonProperty("whatsapp_user_id") private String whatsappUserId;
  @JsonProperty("awaiting_first_user_message") private Boolean awaitingFirstUserMessage;

  /** For Jackson, which sets the members it finds. */
  WhatsAppInfoDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  WhatsAppInfoDto(
      String direction,
      String whatsappPhoneNumberId,
      String whatsappUserId,
      Boolean awaitingFirstUserMessage,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.direction = direction;
    this.whatsappPhoneNumberId = whatsappPhoneNumberId;
    this.whatsappUserId = whatsappUserId;
    this.awaitingFirstUserMessage = awaitingFirstUserMessage;
  }

  /** {@code direction}; {@code null} when absent. */
  public String direction() {
    return direction;
  }

  /** {@code whatsapp_phone_number_id}; {@code null} when absent. */
  public String whatsappPhoneNumberId() {
    return whatsappPhoneNumberId;
  }

  /** {@code whatsapp_user_id}; {@code ""} when absent (a required member). */
  public String whatsappUserId() {
    return whatsappUserId == null ? "" : whatsappUserId;
  }

  /** {@code awaiting_first_user_message}; {@code null} when absent. */
  public Boolean awaitingFirstUserMessage() {
    return awaitingFirstUserMessage;
  }
}
