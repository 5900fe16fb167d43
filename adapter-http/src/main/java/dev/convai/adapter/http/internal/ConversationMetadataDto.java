package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Wire form of {@code ConversationHistoryMetadataCommonModel}. */
record ConversationMetadataDto(
    @JsonProperty("start_time_unix_secs") Long startTimeUnixSecs,
    @JsonProperty("accepted_time_unix_secs") Long acceptedTimeUnixSecs,
    @JsonProperty("call_duration_secs") Long callDurationSecs,
    @JsonProperty("cost") Long cost,
    @JsonProperty("deletion_settings") DeletionSettingsDto deletionSettings,
    @JsonProperty("feedback") ConversationFeedbackDto feedback,
    @JsonProperty("authorization_method") String authorizationMethod,
    @JsonProperty("charging") ChargingDto charging,
    @JsonProperty("phone_call") PhoneCallDto phoneCall,
    @JsonProperty("batch_call") BatchCallDto batchCall,
    @JsonProperty("termination_reason") String terminationReason,
    @JsonProperty("error") ConversationErrorDto error,
    @JsonProperty("warnings") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings,
    @JsonProperty("main_language") String mainLanguage,
    @JsonProperty("rag_usage") RagUsageDto ragUsage,
    @JsonProperty("text_only") Boolean textOnly,
    @JsonProperty("features_usage") FeaturesUsageDto featuresUsage,
    @JsonProperty("eleven_assistant") ElevenAssistantInfoDto elevenAssistant,
    @JsonProperty("initiator_id") String initiatorId,
    @JsonProperty("conversation_initiation_source") String conversationInitiationSource,
    @JsonProperty("conversation_initiation_source_version") String conversationInitiationSourceVersion,
    @JsonProperty("timezone") String timezone,
    @JsonProperty("async_metadata") AsyncMetadataDto asyncMetadata,
    @JsonProperty("whatsapp") WhatsAppInfoDto whatsapp,
    @JsonProperty("sms") SmsInfoDto sms,
    @JsonProperty("agent_created_from") String agentCreatedFrom,
    @JsonProperty("agent_last_updated_from") String agentLastUpdatedFrom,
    @JsonProperty("voice_rewards") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<VoiceRewardDto> voiceRewards) {

  ConversationMetadataDto {
    startTimeUnixSecs = startTimeUnixSecs == null ? 0L : startTimeUnixSecs;
    callDurationSecs = callDurationSecs == null ? 0L : callDurationSecs;
    warnings = warnings == null ? List.of() : warnings;
    voiceRewards = voiceRewards == null ? List.of() : voiceRewards;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static ConversationMetadataDto empty() {
    return new ConversationMetadataDto(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
