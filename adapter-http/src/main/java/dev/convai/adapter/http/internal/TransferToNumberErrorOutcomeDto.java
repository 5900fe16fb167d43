package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/TransferToNumberResultErrorModel}. */
final class TransferToNumberErrorOutcomeDto extends WireObject implements SystemToolOutcomeDto {

  @JsonProperty("result_type") private String resultType;
  @JsonProperty("status") private String status;
  @JsonProperty("error") private String error;
  @JsonProperty("details") private String details;

  /** For Jackson, which sets the members it finds. */
  TransferToNumberErrorOutcomeDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  TransferToNumberErrorOutcomeDto(
      String resultType,
      String status,
      String error,
      String details,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.resultType = resultType;
    this.status = status;
    this.error = error;
    this.details = details;
  }

  /** {@code result_type}; {@code null} when absent. */
  public String resultType() {
    return resultType;
  }

  /** {@code status}; {@code null} when absent. */
  public String status() {
    return status;
  }

  /** {@code error}; {@code ""} when absent (a required member). */
  public String error() {
    return error == null ? "" : error;
  }

  /** {@code details}; {@code null} when absent. */
  public String details() {
    return details;
  }
}
