package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/TransferToAgentToolResultErrorModel}. */
final class TransferToAgentErrorOutcomeDto extends WireObject implements SystemToolOutcomeDto {

  @JsonProperty("result_type") private String resultType;
  @JsonProperty("status") private String status;
  @JsonProperty("from_agent") private String fromAgent;
  @JsonProperty("error") private String error;

  /** For Jackson, which sets the members it finds. */
  TransferToAgentErrorOutcomeDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  TransferToAgentErrorOutcomeDto(
      String resultType,
      String status,
      String fromAgent,
      String error,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.resultType = resultType;
    this.status = status;
    this.fromAgent = fromAgent;
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

  /** {@code from_agent}; {@code ""} when absent (a required member). */
  public String fromAgent() {
    return fromAgent == null ? "" : fromAgent;
  }

  /** {@code error}; {@code ""} when absent (a required member). */
  public String error() {
    return error == null ? "" : error;
  }
}
