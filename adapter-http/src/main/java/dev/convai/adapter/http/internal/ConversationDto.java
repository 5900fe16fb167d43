package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Wire form of {@code GetConversationResponseModel}. */
record ConversationDto(
    @JsonProperty("agent_id") String agentId,
    @JsonProperty("agent_name") String agentName,
    @JsonProperty("conversation_product") String conversationProduct,
    @JsonProperty("status") String status,
    @JsonProperty("user_id") String userId,
    @JsonProperty("branch_id") String branchId,
    @JsonProperty("version_id") String versionId,
    @JsonProperty("metadata") ConversationMetadataDto metadata,
    @JsonProperty("analysis") AnalysisDto analysis,
    @JsonProperty("visited_agents") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<VisitedAgentDto> visitedAgents,
    @JsonProperty("conversation_initiation_client_data") InitiationClientDataDto conversationInitiationClientData,
    @JsonProperty("environment") String environment,
    @JsonProperty("conversation_id") String conversationId,
    @JsonProperty("has_audio") Boolean hasAudio,
    @JsonProperty("has_user_audio") Boolean hasUserAudio,
    @JsonProperty("has_response_audio") Boolean hasResponseAudio,
    @JsonProperty("transcript") List<TranscriptEntryDto> transcript,
    @JsonProperty("tag_ids") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> tagIds,
    @JsonSetter(contentNulls = Nulls.SET) @JsonProperty("otlp_traces") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, JsonValue> otlpTraces,
    @JsonProperty("has_auxiliary_audio") Boolean hasAuxiliaryAudio) {

  ConversationDto {
    agentId = agentId == null ? "" : agentId;
    status = status == null ? "" : status;
    metadata = metadata == null ? ConversationMetadataDto.empty() : metadata;
    visitedAgents = visitedAgents == null ? List.of() : visitedAgents;
    transcript = transcript == null ? List.of() : transcript;
    tagIds = tagIds == null ? List.of() : tagIds;
    otlpTraces = otlpTraces == null ? Map.of() : otlpTraces;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static ConversationDto empty() {
    return new ConversationDto(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The same conversation with this id, for payloads that lack one. */
  ConversationDto withConversationId(String id) {
    return new ConversationDto(agentId, agentName, conversationProduct, status, userId, branchId, versionId, metadata, analysis, visitedAgents, conversationInitiationClientData, environment, id, hasAudio, hasUserAudio, hasResponseAudio, transcript, tagIds, otlpTraces, hasAuxiliaryAudio);
  }
}
