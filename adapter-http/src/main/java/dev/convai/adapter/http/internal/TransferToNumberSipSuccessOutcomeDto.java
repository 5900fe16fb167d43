package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/TransferToNumberResultSipSuccessModel}. */
final class TransferToNumberSipSuccessOutcomeDto extends WireObject implements SystemToolOutcomeDto {

  @JsonProperty("result_type") private String resultType;
  @JsonProperty("status") private String status;
  @JsonProperty("transfer_number") private String transferNumber;
  @JsonProperty("reason") private String reason;
  @JsonProperty("note") private String note;

  /** For Jackson, which sets the members it finds. */
  TransferToNumberSipSuccessOutcomeDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  TransferToNumberSipSuccessOutcomeDto(
      String resultType,
      String status,
      String transferNumber,
      String reason,
      String note,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.resultType = resultType;
    this.status = status;
    this.transferNumber = transferNumber;
    this.reason = reason;
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

  /** {@code note}; {@code null} when absent. */
  public String note() {
    return note;
  }
}
