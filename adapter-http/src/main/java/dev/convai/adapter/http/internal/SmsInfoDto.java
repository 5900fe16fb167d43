package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code SMSConversationInfo}. */
final class SmsInfoDto extends WireObject {

  @JsonProperty("direction") private String direction;
  @JsonProperty("phone_number_id") private String phoneNumberId;
  @JsonProperty("sms_user_phone_number") private String smsUserPhoneNumber;
  @JsonProperty("agent_phone_number") private String agentPhoneNumber;

  /** For Jackson, which sets the members it finds. */
  SmsInfoDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  SmsInfoDto(
      String direction,
      String phoneNumberId,
      String smsUserPhoneNumber,
      String agentPhoneNumber,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.direction = direction;
    this.phoneNumberId = phoneNumberId;
    this.smsUserPhoneNumber = smsUserPhoneNumber;
    this.agentPhoneNumber = agentPhoneNumber;
  }

  /** {@code direction}; {@code ""} when absent (a required member). */
  public String direction() {
    return direction == null ? "" : direction;
  }

  /** {@code phone_number_id}; {@code null} when absent. */
  public String phoneNumberId() {
    return phoneNumberId;
  }

  /** {@code sms_user_phone_number}; {@code ""} when absent (a required member). */
  public String smsUserPhoneNumber() {
    return smsUserPhoneNumber == null ? "" : smsUserPhoneNumber;
  }

  /** {@code agent_phone_number}; {@code null} when absent. */
  public String agentPhoneNumber() {
    return agentPhoneNumber;
  }
}
