package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code SMSConversationInfo}. */
record SmsInfoDto(
    @JsonProperty("direction") String direction,
    @JsonProperty("phone_number_id") String phoneNumberId,
    @JsonProperty("sms_user_phone_number") String smsUserPhoneNumber,
    @JsonProperty("agent_phone_number") String agentPhoneNumber) {

  SmsInfoDto {
    direction = direction == null ? "" : direction;
    smsUserPhoneNumber = smsUserPhoneNumber == null ? "" : smsUserPhoneNumber;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static SmsInfoDto empty() {
    return new SmsInfoDto(null, null, null, null);
  }
}
