package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code WorkflowFeaturesUsageCommonModel}. */
final class WorkflowFeaturesUsageDto extends WireObject {

  @JsonProperty("enabled") private Boolean enabled;
  @JsonProperty("tool_node") private FeatureStatusDto toolNode;
  @JsonProperty("standalone_agent_node") private FeatureStatusDto standaloneAgentNode;
  @JsonProperty("phone_number_node") private FeatureStatusDto phoneNumberNode;
  @JsonProperty("end_node") private FeatureStatusDto endNode;

  /** For Jackson, which sets the members it finds. */
  WorkflowFeaturesUsageDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  WorkflowFeaturesUsageDto(
      Boolean enabled,
      FeatureStatusDto toolNode,
      FeatureStatusDto standaloneAgentNode,
      FeatureStatusDto phoneNumberNode,
      FeatureStatusDto endNode,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.enabled = enabled;
    this.toolNode = toolNode;
    this.standaloneAgentNode = standaloneAgentNode;
    this.phoneNumberNode = phoneNumberNode;
    this.endNode = endNode;
  }

  /** {@code enabled}; {@code null} when absent. */
  public Boolean enabled() {
    return enabled;
  }

  /** {@code tool_node}; {@code null} when absent. */
  public FeatureStatusDto toolNode() {
    return toolNode;
  }

  /** {@code standalone_agent_node}; {@code null} when absent. */
  public FeatureStatusDto standaloneAgentNode() {
    return standaloneAgentNode;
  }

  /** {@code phone_number_node}; {@code null} when absent. */
  public FeatureStatusDto phoneNumberNode() {
    return phoneNumberNode;
  }

  /** {@code end_node}; {@code null} when absent. */
  public FeatureStatusDto endNode() {
    return endNode;
  }
}
