package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code VisitedAgentRef}. */
final class VisitedAgentDto extends WireObject {

  @JsonProperty("agent_id") private String agentId;
  @JsonProperty("branch_id") private String branchId;

  /** For Jackson, which sets the members it finds. */
  VisitedAgentDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  VisitedAgentDto(
      String agentId,
      String branchId,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.agentId = agentId;
    this.branchId = branchId;
  }

  /** {@code agent_id}; {@code ""} when absent (a required member). */
  public String agentId() {
    return agentId == null ? "" : agentId;
  }

  /** {@code branch_id}; {@code null} when absent. */
  public String branchId() {
    return branchId;
  }
}
