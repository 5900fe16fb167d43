package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryMetadataCommonModelPhoneCall/ConversationHistorySIPTrunkingPhoneCallModel}. */
final class SipTrunkingPhoneCallDto extends WireObject implements PhoneCallDto {

  @JsonProperty("type") private String type;
  @JsonProperty("direction") private String direction;
  @JsonProperty("phone_number_id") private String phoneNumberId;
  @JsonProperty("agent_number") private String agentNumber;
  @JsonProperty("external_number") private String externalNumber;
  @JsonProperty("call_id") private String callId;
  @JsonProperty("call_sid") private String callSid;
  @JsonProperty("sip_header_dynamic_variables") @JsonInclude(JsonInclude.Include.NON_EMPTY) private Map<String, String> sipHeaderDynamicVariables;

  /** For Jackson, which sets the members it finds. */
  SipTrunkingPhoneCallDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  SipTrunkingPhoneCallDto(
      String type,
      String direction,
      String phoneNumberId,
      String agentNumber,
      String externalNumber,
      String callId,
      String callSid,
      Map<String, String> sipHeaderDynamicVariables,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.type = type;
    this.direction = direction;
    this.phoneNumberId = phoneNumberId;
    this.agentNumber = agentNumber;
    this.externalNumber = externalNumber;
    this.callId = callId;
    this.callSid = callSid;
    this.sipHeaderDynamicVariables = sipHeaderDynamicVariables;
  }

  /** {@code type}; {@code null} when absent. */
  public String type() {
    return type;
  }

  /** {@code direction}; {@code ""} when absent (a required member). */
  public String direction() {
    return direction == null ? "" : direction;
  }

  /** {@code phone_number_id}; {@code ""} when absent (a required member). */
  public String phoneNumberId() {
    return phoneNumberId == null ? "" : phoneNumberId;
  }

  /** {@code agent_number}; {@code ""} when absent (a required member). */
  public String agentNumber() {
    return agentNumber == null ? "" : agentNumber;
  }

  /** {@code external_number}; {@code ""} when absent (a required member). */
  public String externalNumber() {
    return externalNumber == null ? "" : externalNumber;
  }

  /** {@code call_id}; {@code null} when absent. */
  public String callId() {
    return callId;
  }

  /** {@code call_sid}; {@code ""} when absent (a required member). */
  public String callSid() {
    return callSid == null ? "" : callSid;
  }

  /** {@code sip_header_dynamic_variables}; {@code null} when absent. */
  public Map<String, String> sipHeaderDynamicVariables() {
    return sipHeaderDynamicVariables;
  }
}
