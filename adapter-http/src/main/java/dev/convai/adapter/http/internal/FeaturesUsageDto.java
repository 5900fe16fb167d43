package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code FeaturesUsageCommonModel}. */
final class FeaturesUsageDto extends WireObject {

  @JsonProperty("language_detection") private FeatureStatusDto languageDetection;
  @JsonProperty("transfer_to_agent") private FeatureStatusDto transferToAgent;
  @JsonProperty("transfer_to_number") private FeatureStatusDto transferToNumber;
  @JsonProperty("multivoice") private FeatureStatusDto multivoice;
  @JsonProperty("dtmf_tones") private FeatureStatusDto dtmfTones;
  @JsonProperty("external_mcp_servers") private FeatureStatusDto externalMcpServers;
  @JsonProperty("pii_zrm_workspace") private Boolean piiZrmWorkspace;
  @JsonProperty("pii_zrm_agent") private Boolean piiZrmAgent;
  @JsonProperty("tool_dynamic_variable_updates") private FeatureStatusDto toolDynamicVariableUpdates;
  @JsonProperty("is_livekit") private Boolean isLivekit;
  @JsonProperty("voicemail_detection") private FeatureStatusDto voicemailDetection;
  @JsonProperty("dtmf_input") private FeatureStatusDto dtmfInput;
  @JsonProperty("workflow") private WorkflowFeaturesUsageDto workflow;
  @JsonProperty("agent_testing") private AgentTestingUsageDto agentTesting;
  @JsonProperty("versioning") private FeatureStatusDto versioning;
  @JsonProperty("file_input") private FeatureStatusDto fileInput;

  /** For Jackson, which sets the members it finds. */
  FeaturesUsageDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  FeaturesUsageDto(
      FeatureStatusDto languageDetection,
      FeatureStatusDto transferToAgent,
      FeatureStatusDto transferToNumber,
      FeatureStatusDto multivoice,
      FeatureStatusDto dtmfTones,
      FeatureStatusDto externalMcpServers,
      Boolean piiZrmWorkspace,
      Boolean piiZrmAgent,
      FeatureStatusDto toolDynamicVariableUpdates,
      Boolean isLivekit,
      FeatureStatusDto voicemailDetection,
      FeatureStatusDto dtmfInput,
      WorkflowFeaturesUsageDto workflow,
      AgentTestingUsageDto agentTesting,
      FeatureStatusDto versioning,
      FeatureStatusDto fileInput,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.languageDetection = languageDetection;
    this.transferToAgent = transferToAgent;
    this.transferToNumber = transferToNumber;
    this.multivoice = multivoice;
    this.dtmfTones = dtmfTones;
    this.externalMcpServers = externalMcpServers;
    this.piiZrmWorkspace = piiZrmWorkspace;
    this.piiZrmAgent = piiZrmAgent;
    this.toolDynamicVariableUpdates = toolDynamicVariableUpdates;
    this.isLivekit = isLivekit;
    this.voicemailDetection = voicemailDetection;
    this.dtmfInput = dtmfInput;
    this.workflow = workflow;
    this.agentTesting = agentTesting;
    this.versioning = versioning;
    this.fileInput = fileInput;
  }

  /** {@code language_detection}; {@code null} when absent. */
  public FeatureStatusDto languageDetection() {
    return languageDetection;
  }

  /** {@code transfer_to_agent}; {@code null} when absent. */
  public FeatureStatusDto transferToAgent() {
    return transferToAgent;
  }

  /** {@code transfer_to_number}; {@code null} when absent. */
  public FeatureStatusDto transferToNumber() {
    return transferToNumber;
  }

  /** {@code multivoice}; {@code null} when absent. */
  public FeatureStatusDto multivoice() {
    return multivoice;
  }

  /** {@code dtmf_tones}; {@code null} when absent. */
  public FeatureStatusDto dtmfTones() {
    return dtmfTones;
  }

  /** {@code external_mcp_servers}; {@code null} when absent. */
  public FeatureStatusDto externalMcpServers() {
    return externalMcpServers;
  }

  /** {@code pii_zrm_workspace}; {@code null} when absent. */
  public Boolean piiZrmWorkspace() {
    return piiZrmWorkspace;
  }

  /** {@code pii_zrm_agent}; {@code null} when absent. */
  public Boolean piiZrmAgent() {
    return piiZrmAgent;
  }

  /** {@code tool_dynamic_variable_updates}; {@code null} when absent. */
  public FeatureStatusDto toolDynamicVariableUpdates() {
    return toolDynamicVariableUpdates;
  }

  /** {@code is_livekit}; {@code null} when absent. */
  public Boolean isLivekit() {
    return isLivekit;
  }

  /** {@code voicemail_detection}; {@code null} when absent. */
  public FeatureStatusDto voicemailDetection() {
    return voicemailDetection;
  }

  /** {@code dtmf_input}; {@code null} when absent. */
  public FeatureStatusDto dtmfInput() {
    return dtmfInput;
  }

  /** {@code workflow}; {@code null} when absent. */
  public WorkflowFeaturesUsageDto workflow() {
    return workflow;
  }

  /** {@code agent_testing}; {@code null} when absent. */
  public AgentTestingUsageDto agentTesting() {
    return agentTesting;
  }

  /** {@code versioning}; {@code null} when absent. */
  public FeatureStatusDto versioning() {
    return versioning;
  }

  /** {@code file_input}; {@code null} when absent. */
  public FeatureStatusDto fileInput() {
    return fileInput;
  }
}
