package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/RunSubagentToolResultErrorModel}. */
final class RunSubagentErrorOutcomeDto extends WireObject implements SystemToolOutcomeDto {

  @JsonProperty("result_type") private String resultType;
  @JsonProperty("status") private String status;
  @JsonProperty("error") private String error;

  /** For Jackson, which sets the members it finds. */
  RunSubagentErrorOutcomeDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  RunSubagentErrorOutcomeDto(
      String resultType,
      String status,
      String error,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.resultType = resultType;
    this.status = status;
    this.error = error;
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
}
