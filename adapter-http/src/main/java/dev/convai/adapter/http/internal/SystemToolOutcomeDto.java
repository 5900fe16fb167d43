package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult}: the
 * variant is chosen by {@code result_type}; anything else
 * falls back to {@link UnknownSystemToolOutcomeDto}.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "result_type",
    visible = true,
    defaultImpl = UnknownSystemToolOutcomeDto.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = EndCallOutcomeDto.class, name = "end_call_success"),
  @JsonSubTypes.Type(value = KnowledgeBaseRagOutcomeDto.class, name = "knowledge_base_rag_success"),
  @JsonSubTypes.Type(value = LanguageDetectionOutcomeDto.class, name = "language_detection_success"),
  @JsonSubTypes.Type(value = PlayDtmfErrorOutcomeDto.class, name = "play_dtmf_error"),
  @JsonSubTypes.Type(value = PlayDtmfSuccessOutcomeDto.class, name = "play_dtmf_success"),
  @JsonSubTypes.Type(value = RunSubagentErrorOutcomeDto.class, name = "run_subagent_error"),
  @JsonSubTypes.Type(value = RunSubagentSuccessOutcomeDto.class, name = "run_subagent_success"),
  @JsonSubTypes.Type(value = SkipTurnOutcomeDto.class, name = "skip_turn_success"),
  @JsonSubTypes.Type(value = TestToolOutcomeDto.class, name = "testing_tool_result"),
  @JsonSubTypes.Type(value = TransferToAgentErrorOutcomeDto.class, name = "transfer_to_agent_error"),
  @JsonSubTypes.Type(value = TransferToAgentSuccessOutcomeDto.class, name = "transfer_to_agent_success"),
  @JsonSubTypes.Type(value = TransferToNumberErrorOutcomeDto.class, name = "transfer_to_number_error"),
  @JsonSubTypes.Type(value = TransferToNumberExotelSuccessOutcomeDto.class, name = "transfer_to_number_exotel_success"),
  @JsonSubTypes.Type(value = TransferToNumberSipSuccessOutcomeDto.class, name = "transfer_to_number_sip_success"),
  @JsonSubTypes.Type(value = TransferToNumberTwilioSuccessOutcomeDto.class, name = "transfer_to_number_twilio_success"),
  @JsonSubTypes.Type(value = VoicemailDetectionOutcomeDto.class, name = "voicemail_detection_success")
})
sealed interface SystemToolOutcomeDto permits EndCallOutcomeDto, KnowledgeBaseRagOutcomeDto, LanguageDetectionOutcomeDto, PlayDtmfErrorOutcomeDto, PlayDtmfSuccessOutcomeDto, RunSubagentErrorOutcomeDto, RunSubagentSuccessOutcomeDto, SkipTurnOutcomeDto, TestToolOutcomeDto, TransferToAgentErrorOutcomeDto, TransferToAgentSuccessOutcomeDto, TransferToNumberErrorOutcomeDto, TransferToNumberExotelSuccessOutcomeDto, TransferToNumberSipSuccessOutcomeDto, TransferToNumberTwilioSuccessOutcomeDto, VoicemailDetectionOutcomeDto, UnknownSystemToolOutcomeDto {}
