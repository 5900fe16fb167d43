package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/TransferToNumberResultTwilioSuccessModel}. */
final class TransferToNumberTwilioSuccessOutcomeDto extends WireObject implements SystemToolOutcomeDto {

  @JsonProperty("result_type") private String resultType;
  @JsonProperty("status") private String status;
  @JsonProperty("transfer_number") private String transferNumber;
  @JsonProperty("reason") private String reason;
  @JsonProperty("client_message") private String clientMessage;
  @JsonProperty("agent_message") private String agentMessage;
  @JsonProperty("conference_name") private String conferenceName;
  @JsonProperty("post_dial_digits") private String postDialDigits;
  @JsonProperty("note") private String note;

  /** For Jackson, which sets the members it finds. */
  TransferToNumberTwilioSuccessOutcomeDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  TransferToNumberTwilioSuccessOutcomeDto(
      String resultType,
      String status,
      String transferNumber,
      String reason,
      String clientMessage,
      String agentMessage,
      String conferenceName,
      String postDialDigits,
      String note,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.resultType = resultType;
    this.status = status;
    this.transferNumber = transferNumber;
    this.reason = reason;
    this.clientMessage = clientMessage;
    this.agentMessage = agentMessage;
    this.conferenceName = conferenceName;
    this.postDialDigits = postDialDigits;
    this.note = note;
  }

  /** {@code result_type}; {@code null} when absent. */
  public String resultType() {
    return resultType;
  }

  /** {@code status}; {@code null} when absent. */
  public String status() {
    return status;
  }

  /** {@code transfer_number}; {@code ""} when absent (a required member). */
  public String transferNumber() {
    return transferNumber == null ? "" : transferNumber;
  }

  /** {@code reason}; {@code null} when absent. */
  public String reason() {
    return reason;
  }

  /** {@code client_message}; {@code null} when absent. */
  public String clientMessage() {
    return clientMessage;
  }

  /** {@code agent_message}; {@code ""} when absent (a required member). */
  public String agentMessage() {
    return agentMessage == null ? "" : agentMessage;
  }

  /** {@code conference_name}; {@code ""} when absent (a required member). */
  public String conferenceName() {
    return conferenceName == null ? "" : conferenceName;
  }

  /** {@code post_dial_digits}; {@code null} when absent. */
  public String postDialDigits() {
    return postDialDigits;
  }

  /** {@code note}; {@code null} when absent. */
  public String note() {
    return note;
  }
}
