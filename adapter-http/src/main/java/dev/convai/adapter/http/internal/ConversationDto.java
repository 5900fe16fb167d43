package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Wire form of {@code GetConversationResponseModel}. */
final class ConversationDto extends WireObject {

  @JsonProperty("agent_id") private String agentId;
  @JsonProperty("agent_name") private String agentName;
  @JsonProperty("conversation_product") private String conversationProduct;
  @JsonProperty("status") private String status;
  @JsonProperty("user_id") private String userId;
  @JsonProperty("branch_id") private String branchId;
  @JsonProperty("version_id") private String versionId;
  @JsonProperty("metadata") private ConversationMetadataDto metadata;
  @JsonProperty("analysis") private AnalysisDto analysis;
  @JsonProperty("visited_agents") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<VisitedAgentDto> visitedAgents;
  @JsonProperty("conversation_initiation_client_data") private InitiationClientDataDto conversationInitiationClientData;
  @JsonProperty("environment") private String environment;
  @JsonProperty("conversation_id") private String conversationId;
  @JsonProperty("has_audio") private Boolean hasAudio;
  @JsonProperty("has_user_audio") private Boolean hasUserAudio;
  @JsonProperty("has_response_audio") private Boolean hasResponseAudio;
  @JsonProperty("transcript") private List<TranscriptEntryDto> transcript;
  @JsonProperty("tag_ids") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<String> tagIds;
  @JsonSetter(contentNulls = Nulls.SET) @JsonProperty("otlp_traces") @JsonInclude(JsonInclude.Include.NON_EMPTY) private Map<String, JsonValue> otlpTraces;
  @JsonProperty("has_auxiliary_audio") private Boolean hasAuxiliaryAudio;

  /** For Jackson, which sets the members it finds. */
  ConversationDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  ConversationDto(
      String agentId,
      String agentName,
      String conversationProduct,
      String status,
      String userId,
      String branchId,
      String versionId,
      ConversationMetadataDto metadata,
      AnalysisDto analysis,
      List<VisitedAgentDto> visitedAgents,
      InitiationClientDataDto conversationInitiationClientData,
      String environment,
      String conversationId,
      Boolean hasAudio,
      Boolean hasUserAudio,
      Boolean hasResponseAudio,
      List<TranscriptEntryDto> transcript,
      List<String> tagIds,
      Map<String, JsonValue> otlpTraces,
      Boolean hasAuxiliaryAudio,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.agentId = agentId;
    this.agentName = agentName;
    this.conversationProduct = conversationProduct;
    this.status = status;
    this.userId = userId;
    this.branchId = branchId;
    this.versionId = versionId;
    this.metadata = metadata;
    this.analysis = analysis;
    this.visitedAgents = visitedAgents;
    this.conversationInitiationClientData = conversationInitiationClientData;
    this.environment = environment;
    this.conversationId = conversationId;
    this.hasAudio = hasAudio;
    this.hasUserAudio = hasUserAudio;
    this.hasResponseAudio = hasResponseAudio;
    this.transcript = transcript;
    this.tagIds = tagIds;
    this.otlpTraces = otlpTraces;
    this.hasAuxiliaryAudio = hasAuxiliaryAudio;
  }

  /** {@code agent_id}; {@code ""} when absent (a required member). */
  public String agentId() {
    return agentId == null ? "" : agentId;
  }

  /** {@code agent_name}; {@code null} when absent. */
  public String agentName() {
    return agentName;
  }

  /** {@code conversation_product}; {@code null} when absent. */
  public String conversationProduct() {
    return conversationProduct;
  }

  /** {@code status}; {@code ""} when absent (a required member). */
  public String status() {
    return status == null ? "" : status;
  }

  /** {@code user_id}; {@code null} when absent. */
  public String userId() {
    return userId;
  }

  /** {@code branch_id}; {@code null} when absent. */
  public String branchId() {
    return branchId;
  }

  /** {@code version_id}; {@code null} when absent. */
  public String versionId() {
    return versionId;
  }

  /** {@code metadata}; an empty object when absent (a required member). */
  public ConversationMetadataDto metadata() {
    return metadata == null ? new ConversationMetadataDto() : metadata;
  }

  /** {@code analysis}; {@code null} when absent. */
  public AnalysisDto analysis() {
    return analysis;
  }

  /** {@code visited_agents}; {@code null} when absent. */
  public List<VisitedAgentDto> visitedAgents() {
    return visitedAgents;
  }

  /** {@code conversation_initiation_client_data}; {@code null} when absent. */
  public InitiationClientDataDto conversationInitiationClientData() {
    return conversationInitiationClientData;
  }

  /** {@code environment}; {@code null} when absent. */
  public String environment() {
    return environment;
  }

  /** {@code conversation_id}; {@code null} when absent. */
  public String conversationId() {
    return conversationId;
  }

  /** {@code has_audio}; {@code null} when absent. */
  public Boolean hasAudio() {
    return hasAudio;
  }

  /** {@code has_user_audio}; {@code null} when absent. */
  public Boolean hasUserAudio() {
    return hasUserAudio;
  }

  /** {@code has_response_audio}; {@code null} when absent. */
  public Boolean hasResponseAudio() {
    return hasResponseAudio;
  }

  /** {@code transcript}; {@code null} when absent. */
  public List<TranscriptEntryDto> transcript() {
    return transcript;
  }

  /** {@code tag_ids}; {@code null} when absent. */
  public List<String> tagIds() {
    return tagIds;
  }

  /** {@code otlp_traces}; {@code null} when absent. */
  public Map<String, JsonValue> otlpTraces() {
    return otlpTraces;
  }

  /** {@code has_auxiliary_audio}; {@code null} when absent. */
  public Boolean hasAuxiliaryAudio() {
    return hasAuxiliaryAudio;
  }

  /** Gives a payload that lacks a conversation id the one the caller asked for. */
  void fillConversationId(String id) {
    conversationId = id;
  }
}
