package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code FeaturesUsageCommonModel}. */
record FeaturesUsageDto(
    @JsonProperty("language_detection") FeatureStatusDto languageDetection,
    @JsonProperty("transfer_to_agent") FeatureStatusDto transferToAgent,
    @JsonProperty("transfer_to_number") FeatureStatusDto transferToNumber,
    @JsonProperty("multivoice") FeatureStatusDto multivoice,
    @JsonProperty("dtmf_tones") FeatureStatusDto dtmfTones,
    @JsonProperty("external_mcp_servers") FeatureStatusDto externalMcpServers,
    @JsonProperty("pii_zrm_workspace") Boolean piiZrmWorkspace,
    @JsonProperty("pii_zrm_agent") Boolean piiZrmAgent,
    @JsonProperty("tool_dynamic_variable_updates") FeatureStatusDto toolDynamicVariableUpdates,
    @JsonProperty("is_livekit") Boolean isLivekit,
    @JsonProperty("voicemail_detection") FeatureStatusDto voicemailDetection,
    @JsonProperty("dtmf_input") FeatureStatusDto dtmfInput,
    @JsonProperty("workflow") WorkflowFeaturesUsageDto workflow,
    @JsonProperty("agent_testing") AgentTestingUsageDto agentTesting,
    @JsonProperty("versioning") FeatureStatusDto versioning,
    @JsonProperty("file_input") FeatureStatusDto fileInput) {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static FeaturesUsageDto empty() {
    return new FeaturesUsageDto(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
