package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/RunSubagentToolResultSuccessModel}. */
final class RunSubagentSuccessOutcomeDto extends WireObject implements SystemToolOutcomeDto {

  @JsonProperty("result_type") private String resultType;
  @JsonProperty("status") private String status;
  @JsonProperty("query") private String query;
  @JsonProperty("agent_response") private String agentResponse;

  /** For Jackson, which sets the members it finds. */
  RunSubagentSuccessOutcomeDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  RunSubagentSuccessOutcomeDto(
      String resultType,
      String status,
      String query,
      String agentResponse,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.resultType = resultType;
    this.status = status;
    this.query = query;
    this.agentResponse = agentResponse;
  }

  /** {@code result_type}; {@code null} when absent. */
  public String resultType() {
    return resultType;
  }

  /** {@code status}; {@code null} when absent. */
  public String status() {
    return status;
  }

  /** {@code query}; {@code ""} when absent (a required member). */
  public String query() {
    return query == null ? "" : query;
  }

  /** {@code agent_response}; {@code ""} when absent (a required member). */
  public String agentResponse() {
    return agentResponse == null ? "" : agentResponse;
  }
}
