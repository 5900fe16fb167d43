package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryMetadataCommonModelPhoneCall/ConversationHistoryTwilioPhoneCallModel}. */
final class TwilioPhoneCallDto extends WireObject implements PhoneCallDto {

  @JsonProperty("type") private String type;
  @JsonProperty("direction") private String direction;
  @JsonProperty("phone_number_id") private String phoneNumberId;
  @JsonProperty("agent_number") private String agentNumber;
  @JsonProperty("external_number") private String externalNumber;
  @JsonProperty("stream_sid") private String streamSid;
  @JsonProperty("call_sid") private String callSid;

  /** For Jackson, which sets the members it finds. */
  TwilioPhoneCallDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  TwilioPhoneCallDto(
      String type,
      String direction,
      String phoneNumberId,
      String agentNumber,
      String externalNumber,
      String streamSid,
      String callSid,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.type = type;
    this.direction = direction;
    this.phoneNumberId = phoneNumberId;
    this.agentNumber = agentNumber;
    this.externalNumber = externalNumber;
    this.streamSid = streamSid;
    this.callSid = callSid;
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

  /** {@code stream_sid}; {@code ""} when absent (a required member). */
  public String streamSid() {
    return streamSid == null ? "" : streamSid;
  }

  /** {@code call_sid}; {@code ""} when absent (a required member). */
  public String callSid() {
    return callSid == null ? "" : callSid;
  }
}
