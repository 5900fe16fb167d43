package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code AgentMetadata}. */
final class AgentMetadataDto extends WireObject {

  @JsonProperty("agent_id") private String agentId;
  @JsonProperty("branch_id") private String branchId;
  @JsonProperty("workflow_node_id") private String workflowNodeId;
  @JsonProperty("version_id") private String versionId;

  /** For Jackson, which sets the members it finds. */
  AgentMetadataDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  AgentMetadataDto(
      String agentId,
      String branchId,
      String workflowNodeId,
      String versionId,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.agentId = agentId;
    this.branchId = branchId;
    this.workflowNodeId = workflowNodeId;
    this.versionId = versionId;
  }

  /** {@code agent_id}; {@code ""} when absent (a required member). */
  public String agentId() {
    return agentId == null ? "" : agentId;
  }

  /** {@code branch_id}; {@code null} when absent. */
  public String branchId() {
    return branchId;
  }

  /** {@code workflow_node_id}; {@code null} when absent. */
  public String workflowNodeId() {
    return workflowNodeId;
  }

  /** {@code version_id}; {@code null} when absent. */
  public String versionId() {
    return versionId;
  }
}
