package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Wire form of {@code ConversationHistoryMetadataCommonModelPhoneCall/ConversationHistorySIPTrunkingPhoneCallModel}. */
record SipTrunkingPhoneCallDto(
    @JsonProperty("type") String type,
    @JsonProperty("direction") String direction,
    @JsonProperty("phone_number_id") String phoneNumberId,
    @JsonProperty("agent_number") String agentNumber,
    @JsonProperty("external_number") String externalNumber,
    @JsonProperty("call_id") String callId,
    @JsonProperty("call_sid") String callSid,
    @JsonProperty("sip_header_dynamic_variables") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> sipHeaderDynamicVariables) implements PhoneCallDto {

  SipTrunkingPhoneCallDto {
    direction = direction == null ? "" : direction;
    phoneNumberId = phoneNumberId == null ? "" : phoneNumberId;
    agentNumber = agentNumber == null ? "" : agentNumber;
    externalNumber = externalNumber == null ? "" : externalNumber;
    callSid = callSid == null ? "" : callSid;
    sipHeaderDynamicVariables = sipHeaderDynamicVariables == null ? Map.of() : sipHeaderDynamicVariables;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static SipTrunkingPhoneCallDto empty() {
    return new SipTrunkingPhoneCallDto(null, null, null, null, null, null, null, null);
  }
}
