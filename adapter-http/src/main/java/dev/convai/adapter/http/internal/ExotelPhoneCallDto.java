package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryMetadataCommonModelPhoneCall/ConversationHistoryExotelPhoneCallModel}. */
record ExotelPhoneCallDto(
    @JsonProperty("type") String type,
    @JsonProperty("direction") String direction,
    @JsonProperty("phone_number_id") String phoneNumberId,
    @JsonProperty("agent_number") String agentNumber,
    @JsonProperty("external_number") String externalNumber,
    @JsonProperty("stream_sid") String streamSid,
    @JsonProperty("call_sid") String callSid) implements PhoneCallDto {

  ExotelPhoneCallDto {
    direction = direction == null ? "" : direction;
    phoneNumberId = phoneNumberId == null ? "" : phoneNumberId;
    agentNumber = agentNumber == null ? "" : agentNumber;
    externalNumber = externalNumber == null ? "" : externalNumber;
    streamSid = streamSid == null ? "" : streamSid;
    callSid = callSid == null ? "" : callSid;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static ExotelPhoneCallDto empty() {
    return new ExotelPhoneCallDto(null, null, null, null, null, null, null);
  }
}
