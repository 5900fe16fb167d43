package dev.convai.adapter.http.internal;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.AnalysisScope;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.DataCollectionResult;
import dev.convai.analysis.DataCollectionSchema;
import dev.convai.analysis.SchemaValueType;
import dev.convai.analysis.ScopedAnalysis;
import dev.convai.analysis.ScoringMode;
import dev.convai.analysis.Verdict;
import dev.convai.channel.AsyncDeliveryStatus;
import dev.convai.channel.AsyncMetadata;
import dev.convai.channel.BatchCall;
import dev.convai.channel.ExotelPhoneCall;
import dev.convai.channel.PhoneCall;
import dev.convai.channel.SipTrunkingPhoneCall;
import dev.convai.channel.SmsDirection;
import dev.convai.channel.SmsInfo;
import dev.convai.channel.TelephonyDirection;
import dev.convai.channel.TwilioPhoneCall;
import dev.convai.channel.UnknownPhoneCall;
import dev.convai.channel.WhatsAppDirection;
import dev.convai.channel.WhatsAppInfo;
import dev.convai.conversation.AgentDefinitionSource;
import dev.convai.conversation.AgentId;
import dev.convai.conversation.AuthorizationMethod;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationError;
import dev.convai.conversation.ConversationFeedback;
import dev.convai.conversation.ConversationId;
import dev.convai.conversation.ConversationMetadata;
import dev.convai.conversation.ConversationStatus;
import dev.convai.conversation.DeletionSettings;
import dev.convai.conversation.ElevenAssistantInfo;
import dev.convai.conversation.FeedbackScore;
import dev.convai.conversation.FeedbackType;
import dev.convai.conversation.VisitedAgent;
import dev.convai.initiation.AgentOverride;
import dev.convai.initiation.AsrOverride;
import dev.convai.initiation.ConfigOverride;
import dev.convai.initiation.ConversationOverride;
import dev.convai.initiation.DocumentUsageMode;
import dev.convai.initiation.InitiationClientData;
import dev.convai.initiation.InitiationSource;
import dev.convai.initiation.InitiationSourceInfo;
import dev.convai.initiation.KnowledgeBaseDocumentType;
import dev.convai.initiation.KnowledgeBaseRef;
import dev.convai.initiation.LlmModel;
import dev.convai.initiation.PromptOverride;
import dev.convai.initiation.SoftTimeoutOverride;
import dev.convai.initiation.TtsModel;
import dev.convai.initiation.TtsOverride;
import dev.convai.initiation.TurnOverride;
import dev.convai.json.JsonValue;
import dev.convai.transcript.AgentMetadata;
import dev.convai.transcript.ApiIntegrationWebhookToolDetails;
import dev.convai.transcript.ApiIntegrationWebhookToolResult;
import dev.convai.transcript.ClientToolDetails;
import dev.convai.transcript.ContextualUpdateInfo;
import dev.convai.transcript.DefaultBranchInfo;
import dev.convai.transcript.DynamicVariableUpdate;
import dev.convai.transcript.EdgeStep;
import dev.convai.transcript.EmbeddingModel;
import dev.convai.transcript.EndCallOutcome;
import dev.convai.transcript.FileInput;
import dev.convai.transcript.KnowledgeBaseRagOutcome;
import dev.convai.transcript.LanguageDetectionOutcome;
import dev.convai.transcript.MaxIterationsExceededStep;
import dev.convai.transcript.McpToolDetails;
import dev.convai.transcript.MultivoiceMessage;
import dev.convai.transcript.MultivoicePart;
import dev.convai.transcript.NestedToolsStep;
import dev.convai.transcript.OtherToolResult;
import dev.convai.transcript.OtherToolResultType;
import dev.convai.transcript.PlayDtmfErrorOutcome;
import dev.convai.transcript.PlayDtmfSuccessOutcome;
import dev.convai.transcript.RagChunk;
import dev.convai.transcript.RagRetrievalInfo;
import dev.convai.transcript.RagToolStatus;
import dev.convai.transcript.Reasoning;
import dev.convai.transcript.Role;
import dev.convai.transcript.RunSubagentErrorOutcome;
import dev.convai.transcript.RunSubagentSuccessOutcome;
import dev.convai.transcript.SkipTurnOutcome;
import dev.convai.transcript.SourceMedium;
import dev.convai.transcript.SystemToolOutcome;
import dev.convai.transcript.SystemToolResult;
import dev.convai.transcript.TestToolOutcome;
import dev.convai.transcript.ToolCall;
import dev.convai.transcript.ToolDetails;
import dev.convai.transcript.ToolResult;
import dev.convai.transcript.ToolType;
import dev.convai.transcript.TrafficSplitBranchInfo;
import dev.convai.transcript.TranscriptEntry;
import dev.convai.transcript.TransferBranchInfo;
import dev.convai.transcript.TransferToAgentErrorOutcome;
import dev.convai.transcript.TransferToAgentSuccessOutcome;
import dev.convai.transcript.TransferToNumberErrorOutcome;
import dev.convai.transcript.TransferToNumberExotelSuccessOutcome;
import dev.convai.transcript.TransferToNumberSipSuccessOutcome;
import dev.convai.transcript.TransferToNumberTwilioSuccessOutcome;
import dev.convai.transcript.TurnFeedback;
import dev.convai.transcript.TurnMetric;
import dev.convai.transcript.TurnMetrics;
import dev.convai.transcript.UnknownBranchInfo;
import dev.convai.transcript.UnknownSystemToolOutcome;
import dev.convai.transcript.UnknownToolDetails;
import dev.convai.transcript.UnknownWorkflowStep;
import dev.convai.transcript.VoicemailDetectionOutcome;
import dev.convai.transcript.WebhookToolDetails;
import dev.convai.transcript.WorkflowOutcome;
import dev.convai.transcript.WorkflowStep;
import dev.convai.transcript.WorkflowToolResult;
import dev.convai.usage.AgentTestingUsage;
import dev.convai.usage.AsrUsage;
import dev.convai.usage.Charging;
import dev.convai.usage.FeatureStatus;
import dev.convai.usage.FeaturesUsage;
import dev.convai.usage.LlmChargingUsage;
import dev.convai.usage.LlmUsage;
import dev.convai.usage.ModelTokenUsage;
import dev.convai.usage.PlatformCategoryUsage;
import dev.convai.usage.PlatformUsage;
import dev.convai.usage.RagUsage;
import dev.convai.usage.TokenUsage;
import dev.convai.usage.TtsUsage;
import dev.convai.usage.VoiceReward;
import dev.convai.usage.VoiceUsage;
import dev.convai.usage.WorkflowFeaturesUsage;
import dev.convai.common.OpenVocabulary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.mapstruct.BeanMapping;
import org.mapstruct.InheritInverseConfiguration;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.NullValueCheckStrategy;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.SubclassExhaustiveStrategy;
import org.mapstruct.SubclassMapping;

/**
 * Maps the wire DTOs onto the domain and back, both directions generated by MapStruct with every
 * unmapped policy at {@code ERROR}: a wire member without a domain home, or a domain attribute
 * nothing fills or nothing writes, breaks the build. Adding a member therefore means adding it to
 * the DTO and to the domain type, and nothing here.
 *
 * <p>Absent members ({@code null} in a DTO) leave the builder alone, so the domain's defaults
 * apply; empty domain collections and unknown members go back as absent. What is written by hand
 * is what has no member-for-member shape: the discriminator constants of union variants, the
 * variants this library does not know (kept whole), and the value conversions at the bottom.
 */
@Mapper(
    nullValueCheckStrategy = NullValueCheckStrategy.ALWAYS,
    unmappedTargetPolicy = ReportingPolicy.ERROR,
    unmappedSourcePolicy = ReportingPolicy.ERROR,
    typeConversionPolicy = ReportingPolicy.ERROR,
    subclassExhaustiveStrategy = SubclassExhaustiveStrategy.RUNTIME_EXCEPTION)
interface WireMapper {

  DeletionSettings toDomain(DeletionSettingsDto dto);

  DeletionSettingsDto toWire(DeletionSettings value);

  ConversationFeedback toDomain(ConversationFeedbackDto dto);

  ConversationFeedbackDto toWire(ConversationFeedback value);

  TokenUsage toDomain(TokenUsageDto dto);

  TokenUsageDto toWire(TokenUsage value);

  ModelTokenUsage toDomain(ModelTokenUsageDto dto);

  ModelTokenUsageDto toWire(ModelTokenUsage value);

  LlmUsage toDomain(LlmUsageDto dto);

  LlmUsageDto toWire(LlmUsage value);

  LlmChargingUsage toDomain(LlmChargingUsageDto dto);

  LlmChargingUsageDto toWire(LlmChargingUsage value);

  VoiceUsage toDomain(VoiceUsageDto dto);

  VoiceUsageDto toWire(VoiceUsage value);

  TtsUsage toDomain(TtsUsageDto dto);

  TtsUsageDto toWire(TtsUsage value);

  AsrUsage toDomain(AsrUsageDto dto);

  AsrUsageDto toWire(AsrUsage value);

  PlatformCategoryUsage toDomain(PlatformCategoryUsageDto dto);

  PlatformCategoryUsageDto toWire(PlatformCategoryUsage value);

  PlatformUsage toDomain(PlatformUsageDto dto);

  PlatformUsageDto toWire(PlatformUsage value);

  Charging toDomain(ChargingDto dto);

  ChargingDto toWire(Charging value);

  @BeanMapping(ignoreUnmappedSourceProperties = "type")
  ExotelPhoneCall toDomain(ExotelPhoneCallDto dto);

  @Mapping(target = "type", constant = "exotel")
  ExotelPhoneCallDto toWire(ExotelPhoneCall value);

  @BeanMapping(ignoreUnmappedSourceProperties = "type")
  SipTrunkingPhoneCall toDomain(SipTrunkingPhoneCallDto dto);

  @Mapping(target = "type", constant = "sip_trunking")
  SipTrunkingPhoneCallDto toWire(SipTrunkingPhoneCall value);

  @BeanMapping(ignoreUnmappedSourceProperties = "type")
  TwilioPhoneCall toDomain(TwilioPhoneCallDto dto);

  @Mapping(target = "type", constant = "twilio")
  TwilioPhoneCallDto toWire(TwilioPhoneCall value);

  BatchCall toDomain(BatchCallDto dto);

  BatchCallDto toWire(BatchCall value);

  ConversationError toDomain(ConversationErrorDto dto);

  ConversationErrorDto toWire(ConversationError value);

  RagUsage toDomain(RagUsageDto dto);

  RagUsageDto toWire(RagUsage value);

  FeatureStatus toDomain(FeatureStatusDto dto);

  FeatureStatusDto toWire(FeatureStatus value);

  WorkflowFeaturesUsage toDomain(WorkflowFeaturesUsageDto dto);

  WorkflowFeaturesUsageDto toWire(WorkflowFeaturesUsage value);

  AgentTestingUsage toDomain(AgentTestingUsageDto dto);

  AgentTestingUsageDto toWire(AgentTestingUsage value);

  FeaturesUsage toDomain(FeaturesUsageDto dto);

  FeaturesUsageDto toWire(FeaturesUsage value);

  ElevenAssistantInfo toDomain(ElevenAssistantInfoDto dto);

  ElevenAssistantInfoDto toWire(ElevenAssistantInfo value);

  AsyncMetadata toDomain(AsyncMetadataDto dto);

  AsyncMetadataDto toWire(AsyncMetadata value);

  WhatsAppInfo toDomain(WhatsAppInfoDto dto);

  WhatsAppInfoDto toWire(WhatsAppInfo value);

  SmsInfo toDomain(SmsInfoDto dto);

  SmsInfoDto toWire(SmsInfo value);

  VoiceReward toDomain(VoiceRewardDto dto);

  VoiceRewardDto toWire(VoiceReward value);

  ConversationMetadata toDomain(ConversationMetadataDto dto);

  ConversationMetadataDto toWire(ConversationMetadata value);

  CriterionResult toDomain(CriterionResultDto dto);

  CriterionResultDto toWire(CriterionResult value);

  DataCollectionSchema toDomain(DataCollectionSchemaDto dto);

  DataCollectionSchemaDto toWire(DataCollectionSchema value);

  DataCollectionResult toDomain(DataCollectionResultDto dto);

  DataCollectionResultDto toWire(DataCollectionResult value);

  ScopedAnalysis toDomain(ScopedAnalysisDto dto);

  ScopedAnalysisDto toWire(ScopedAnalysis value);

  Analysis toDomain(AnalysisDto dto);

  AnalysisDto toWire(Analysis value);

  VisitedAgent toDomain(VisitedAgentDto dto);

  VisitedAgentDto toWire(VisitedAgent value);

  AsrOverride toDomain(AsrOverrideDto dto);

  AsrOverrideDto toWire(AsrOverride value);

  SoftTimeoutOverride toDomain(SoftTimeoutOverrideDto dto);

  SoftTimeoutOverrideDto toWire(SoftTimeoutOverride value);

  TurnOverride toDomain(TurnOverrideDto dto);

  TurnOverrideDto toWire(TurnOverride value);

  TtsOverride toDomain(TtsOverrideDto dto);

  TtsOverrideDto toWire(TtsOverride value);

  ConversationOverride toDomain(ConversationOverrideDto dto);

  ConversationOverrideDto toWire(ConversationOverride value);

  KnowledgeBaseRef toDomain(KnowledgeBaseRefDto dto);

  KnowledgeBaseRefDto toWire(KnowledgeBaseRef value);

  PromptOverride toDomain(PromptOverrideDto dto);

  PromptOverrideDto toWire(PromptOverride value);

  AgentOverride toDomain(AgentOverrideDto dto);

  AgentOverrideDto toWire(AgentOverride value);

  ConfigOverride toDomain(ConfigOverrideDto dto);

  ConfigOverrideDto toWire(ConfigOverride value);

  InitiationSourceInfo toDomain(InitiationSourceInfoDto dto);

  InitiationSourceInfoDto toWire(InitiationSourceInfo value);

  InitiationClientData toDomain(InitiationClientDataDto dto);

  InitiationClientDataDto toWire(InitiationClientData value);

  AgentMetadata toDomain(AgentMetadataDto dto);

  AgentMetadataDto toWire(AgentMetadata value);

  MultivoicePart toDomain(MultivoicePartDto dto);

  MultivoicePartDto toWire(MultivoicePart value);

  MultivoiceMessage toDomain(MultivoiceMessageDto dto);

  MultivoiceMessageDto toWire(MultivoiceMessage value);

  // As a union variant the type is the discriminator; webhookDetailsType belongs to the
  // webhook_details of an API-integration call (see webhookCallDetails).
  @BeanMapping(ignoreUnmappedSourceProperties = "type")
  @Mapping(target = "webhookDetailsType", ignore = true)
  WebhookToolDetails toDomain(WebhookToolDetailsDto dto);

  @BeanMapping(ignoreUnmappedSourceProperties = "webhookDetailsType")
  @Mapping(target = "type", constant = "webhook")
  WebhookToolDetailsDto toWire(WebhookToolDetails value);

  // Inside an API-integration call the details may carry their own type tag.
  @Mapping(target = "webhookDetailsType", source = "type")
  WebhookToolDetails webhookCallDetails(WebhookCallDetailsDto dto);

  @InheritInverseConfiguration(name = "webhookCallDetails")
  WebhookCallDetailsDto toWebhookCallDetails(WebhookToolDetails value);

  @BeanMapping(ignoreUnmappedSourceProperties = "type")
  ApiIntegrationWebhookToolDetails toDomain(ApiIntegrationWebhookToolDetailsDto dto);

  @Mapping(target = "type", constant = "api_integration_webhook")
  ApiIntegrationWebhookToolDetailsDto toWire(ApiIntegrationWebhookToolDetails value);

  @BeanMapping(ignoreUnmappedSourceProperties = "type")
  ClientToolDetails toDomain(ClientToolDetailsDto dto);

  @Mapping(target = "type", constant = "client")
  ClientToolDetailsDto toWire(ClientToolDetails value);

  @BeanMapping(ignoreUnmappedSourceProperties = "type")
  McpToolDetails toDomain(McpToolDetailsDto dto);

  @Mapping(target = "type", constant = "mcp")
  McpToolDetailsDto toWire(McpToolDetails value);

  ToolCall toDomain(ToolCallDto dto);

  ToolCallDto toWire(ToolCall value);

  DynamicVariableUpdate toDomain(DynamicVariableUpdateDto dto);

  DynamicVariableUpdateDto toWire(DynamicVariableUpdate value);

  OtherToolResult toDomain(OtherToolResultDto dto);

  OtherToolResultDto toWire(OtherToolResult value);

  @BeanMapping(ignoreUnmappedSourceProperties = "branchReason")
  DefaultBranchInfo toDomain(DefaultBranchInfoDto dto);

  @Mapping(target = "branchReason", constant = "defaulting_to_main")
  DefaultBranchInfoDto toWire(DefaultBranchInfo value);

  @BeanMapping(ignoreUnmappedSourceProperties = "branchReason")
  TrafficSplitBranchInfo toDomain(TrafficSplitBranchInfoDto dto);

  @Mapping(target = "branchReason", constant = "traffic_split")
  TrafficSplitBranchInfoDto toWire(TrafficSplitBranchInfo value);

  @BeanMapping(ignoreUnmappedSourceProperties = "resultType")
  EndCallOutcome toDomain(EndCallOutcomeDto dto);

  @Mapping(target = "resultType", constant = "end_call_success")
  EndCallOutcomeDto toWire(EndCallOutcome value);

  @BeanMapping(ignoreUnmappedSourceProperties = "resultType")
  KnowledgeBaseRagOutcome toDomain(KnowledgeBaseRagOutcomeDto dto);

  @Mapping(target = "resultType", constant = "knowledge_base_rag_success")
  KnowledgeBaseRagOutcomeDto toWire(KnowledgeBaseRagOutcome value);

  @BeanMapping(ignoreUnmappedSourceProperties = "resultType")
  LanguageDetectionOutcome toDomain(LanguageDetectionOutcomeDto dto);

  @Mapping(target = "resultType", constant = "language_detection_success")
  LanguageDetectionOutcomeDto toWire(LanguageDetectionOutcome value);

  @BeanMapping(ignoreUnmappedSourceProperties = "resultType")
  PlayDtmfErrorOutcome toDomain(PlayDtmfErrorOutcomeDto dto);

  @Mapping(target = "resultType", constant = "play_dtmf_error")
  PlayDtmfErrorOutcomeDto toWire(PlayDtmfErrorOutcome value);

  @BeanMapping(ignoreUnmappedSourceProperties = "resultType")
  PlayDtmfSuccessOutcome toDomain(PlayDtmfSuccessOutcomeDto dto);

  @Mapping(target = "resultType", constant = "play_dtmf_success")
  PlayDtmfSuccessOutcomeDto toWire(PlayDtmfSuccessOutcome value);

  @BeanMapping(ignoreUnmappedSourceProperties = "resultType")
  RunSubagentErrorOutcome toDomain(RunSubagentErrorOutcomeDto dto);

  @Mapping(target = "resultType", constant = "run_subagent_error")
  RunSubagentErrorOutcomeDto toWire(RunSubagentErrorOutcome value);

  @BeanMapping(ignoreUnmappedSourceProperties = "resultType")
  RunSubagentSuccessOutcome toDomain(RunSubagentSuccessOutcomeDto dto);

  @Mapping(target = "resultType", constant = "run_subagent_success")
  RunSubagentSuccessOutcomeDto toWire(RunSubagentSuccessOutcome value);

  @BeanMapping(ignoreUnmappedSourceProperties = "resultType")
  SkipTurnOutcome toDomain(SkipTurnOutcomeDto dto);

  @Mapping(target = "resultType", constant = "skip_turn_success")
  SkipTurnOutcomeDto toWire(SkipTurnOutcome value);

  @BeanMapping(ignoreUnmappedSourceProperties = "resultType")
  TestToolOutcome toDomain(TestToolOutcomeDto dto);

  @Mapping(target = "resultType", constant = "testing_tool_result")
  TestToolOutcomeDto toWire(TestToolOutcome value);

  @BeanMapping(ignoreUnmappedSourceProperties = "resultType")
  TransferToAgentErrorOutcome toDomain(TransferToAgentErrorOutcomeDto dto);

  @Mapping(target = "resultType", constant = "transfer_to_agent_error")
  TransferToAgentErrorOutcomeDto toWire(TransferToAgentErrorOutcome value);

  @BeanMapping(ignoreUnmappedSourceProperties = "resultType")
  TransferToAgentSuccessOutcome toDomain(TransferToAgentSuccessOutcomeDto dto);

  @Mapping(target = "resultType", constant = "transfer_to_agent_success")
  TransferToAgentSuccessOutcomeDto toWire(TransferToAgentSuccessOutcome value);

  @BeanMapping(ignoreUnmappedSourceProperties = "resultType")
  TransferToNumberErrorOutcome toDomain(TransferToNumberErrorOutcomeDto dto);

  @Mapping(target = "resultType", constant = "transfer_to_number_error")
  TransferToNumberErrorOutcomeDto toWire(TransferToNumberErrorOutcome value);

  @BeanMapping(ignoreUnmappedSourceProperties = "resultType")
  TransferToNumberExotelSuccessOutcome toDomain(TransferToNumberExotelSuccessOutcomeDto dto);

  @Mapping(target = "resultType", constant = "transfer_to_number_exotel_success")
  TransferToNumberExotelSuccessOutcomeDto toWire(TransferToNumberExotelSuccessOutcome value);

  @BeanMapping(ignoreUnmappedSourceProperties = "resultType")
  TransferToNumberSipSuccessOutcome toDomain(TransferToNumberSipSuccessOutcomeDto dto);

  @Mapping(target = "resultType", constant = "transfer_to_number_sip_success")
  TransferToNumberSipSuccessOutcomeDto toWire(TransferToNumberSipSuccessOutcome value);

  @BeanMapping(ignoreUnmappedSourceProperties = "resultType")
  TransferToNumberTwilioSuccessOutcome toDomain(TransferToNumberTwilioSuccessOutcomeDto dto);

  @Mapping(target = "resultType", constant = "transfer_to_number_twilio_success")
  TransferToNumberTwilioSuccessOutcomeDto toWire(TransferToNumberTwilioSuccessOutcome value);

  @BeanMapping(ignoreUnmappedSourceProperties = "resultType")
  VoicemailDetectionOutcome toDomain(VoicemailDetectionOutcomeDto dto);

  @Mapping(target = "resultType", constant = "voicemail_detection_success")
  VoicemailDetectionOutcomeDto toWire(VoicemailDetectionOutcome value);

  @BeanMapping(ignoreUnmappedSourceProperties = "type")
  SystemToolResult toDomain(SystemToolResultDto dto);

  @Mapping(target = "type", constant = "system")
  SystemToolResultDto toWire(SystemToolResult value);

  @BeanMapping(ignoreUnmappedSourceProperties = "type")
  ApiIntegrationWebhookToolResult toDomain(ApiIntegrationWebhookToolResultDto dto);

  @Mapping(target = "type", constant = "api_integration_webhook")
  ApiIntegrationWebhookToolResultDto toWire(ApiIntegrationWebhookToolResult value);

  @BeanMapping(ignoreUnmappedSourceProperties = "type")
  EdgeStep toDomain(EdgeStepDto dto);

  @Mapping(target = "type", constant = "edge")
  EdgeStepDto toWire(EdgeStep value);

  @BeanMapping(ignoreUnmappedSourceProperties = "type")
  MaxIterationsExceededStep toDomain(MaxIterationsExceededStepDto dto);

  @Mapping(target = "type", constant = "max_iterations_exceeded")
  MaxIterationsExceededStepDto toWire(MaxIterationsExceededStep value);

  @BeanMapping(ignoreUnmappedSourceProperties = "type")
  NestedToolsStep toDomain(NestedToolsStepDto dto);

  @Mapping(target = "type", constant = "nested_tools")
  NestedToolsStepDto toWire(NestedToolsStep value);

  WorkflowOutcome toDomain(WorkflowOutcomeDto dto);

  WorkflowOutcomeDto toWire(WorkflowOutcome value);

  @BeanMapping(ignoreUnmappedSourceProperties = "type")
  WorkflowToolResult toDomain(WorkflowToolResultDto dto);

  @Mapping(target = "type", constant = "workflow")
  WorkflowToolResultDto toWire(WorkflowToolResult value);

  TurnFeedback toDomain(TurnFeedbackDto dto);

  TurnFeedbackDto toWire(TurnFeedback value);

  TurnMetric toDomain(TurnMetricDto dto);

  TurnMetricDto toWire(TurnMetric value);

  TurnMetrics toDomain(TurnMetricsDto dto);

  TurnMetricsDto toWire(TurnMetrics value);

  RagChunk toDomain(RagChunkDto dto);

  RagChunkDto toWire(RagChunk value);

  RagRetrievalInfo toDomain(RagRetrievalInfoDto dto);

  RagRetrievalInfoDto toWire(RagRetrievalInfo value);

  FileInput toDomain(FileInputDto dto);

  FileInputDto toWire(FileInput value);

  ContextualUpdateInfo toDomain(ContextualUpdateInfoDto dto);

  ContextualUpdateInfoDto toWire(ContextualUpdateInfo value);

  Reasoning toDomain(ReasoningDto dto);

  ReasoningDto toWire(Reasoning value);

  TranscriptEntry toDomain(TranscriptEntryDto dto);

  TranscriptEntryDto toWire(TranscriptEntry value);

  Conversation toDomain(ConversationDto dto);

  ConversationDto toWire(Conversation value);

  @SubclassMapping(source = ExotelPhoneCallDto.class, target = ExotelPhoneCall.class)
  @SubclassMapping(source = SipTrunkingPhoneCallDto.class, target = SipTrunkingPhoneCall.class)
  @SubclassMapping(source = TwilioPhoneCallDto.class, target = TwilioPhoneCall.class)
  @SubclassMapping(source = UnknownPhoneCallDto.class, target = UnknownPhoneCall.class)
  PhoneCall toDomain(PhoneCallDto dto);

  @SubclassMapping(source = ExotelPhoneCall.class, target = ExotelPhoneCallDto.class)
  @SubclassMapping(source = SipTrunkingPhoneCall.class, target = SipTrunkingPhoneCallDto.class)
  @SubclassMapping(source = TwilioPhoneCall.class, target = TwilioPhoneCallDto.class)
  @SubclassMapping(source = UnknownPhoneCall.class, target = UnknownPhoneCallDto.class)
  PhoneCallDto toWire(PhoneCall value);

  @SubclassMapping(source = ApiIntegrationWebhookToolDetailsDto.class, target = ApiIntegrationWebhookToolDetails.class)
  @SubclassMapping(source = ClientToolDetailsDto.class, target = ClientToolDetails.class)
  @SubclassMapping(source = McpToolDetailsDto.class, target = McpToolDetails.class)
  @SubclassMapping(source = WebhookToolDetailsDto.class, target = WebhookToolDetails.class)
  @SubclassMapping(source = UnknownToolDetailsDto.class, target = UnknownToolDetails.class)
  ToolDetails toDomain(ToolDetailsDto dto);

  @SubclassMapping(source = ApiIntegrationWebhookToolDetails.class, target = ApiIntegrationWebhookToolDetailsDto.class)
  @SubclassMapping(source = ClientToolDetails.class, target = ClientToolDetailsDto.class)
  @SubclassMapping(source = McpToolDetails.class, target = McpToolDetailsDto.class)
  @SubclassMapping(source = WebhookToolDetails.class, target = WebhookToolDetailsDto.class)
  @SubclassMapping(source = UnknownToolDetails.class, target = UnknownToolDetailsDto.class)
  ToolDetailsDto toWire(ToolDetails value);

  @SubclassMapping(source = DefaultBranchInfoDto.class, target = DefaultBranchInfo.class)
  @SubclassMapping(source = TrafficSplitBranchInfoDto.class, target = TrafficSplitBranchInfo.class)
  @SubclassMapping(source = UnknownBranchInfoDto.class, target = UnknownBranchInfo.class)
  TransferBranchInfo toDomain(TransferBranchInfoDto dto);

  @SubclassMapping(source = DefaultBranchInfo.class, target = DefaultBranchInfoDto.class)
  @SubclassMapping(source = TrafficSplitBranchInfo.class, target = TrafficSplitBranchInfoDto.class)
  @SubclassMapping(source = UnknownBranchInfo.class, target = UnknownBranchInfoDto.class)
  TransferBranchInfoDto toWire(TransferBranchInfo value);

  @SubclassMapping(source = EndCallOutcomeDto.class, target = EndCallOutcome.class)
  @SubclassMapping(source = KnowledgeBaseRagOutcomeDto.class, target = KnowledgeBaseRagOutcome.class)
  @SubclassMapping(source = LanguageDetectionOutcomeDto.class, target = LanguageDetectionOutcome.class)
  @SubclassMapping(source = PlayDtmfErrorOutcomeDto.class, target = PlayDtmfErrorOutcome.class)
  @SubclassMapping(source = PlayDtmfSuccessOutcomeDto.class, target = PlayDtmfSuccessOutcome.class)
  @SubclassMapping(source = RunSubagentErrorOutcomeDto.class, target = RunSubagentErrorOutcome.class)
  @SubclassMapping(source = RunSubagentSuccessOutcomeDto.class, target = RunSubagentSuccessOutcome.class)
  @SubclassMapping(source = SkipTurnOutcomeDto.class, target = SkipTurnOutcome.class)
  @SubclassMapping(source = TestToolOutcomeDto.class, target = TestToolOutcome.class)
  @SubclassMapping(source = TransferToAgentErrorOutcomeDto.class, target = TransferToAgentErrorOutcome.class)
  @SubclassMapping(source = TransferToAgentSuccessOutcomeDto.class, target = TransferToAgentSuccessOutcome.class)
  @SubclassMapping(source = TransferToNumberErrorOutcomeDto.class, target = TransferToNumberErrorOutcome.class)
  @SubclassMapping(source = TransferToNumberExotelSuccessOutcomeDto.class, target = TransferToNumberExotelSuccessOutcome.class)
  @SubclassMapping(source = TransferToNumberSipSuccessOutcomeDto.class, target = TransferToNumberSipSuccessOutcome.class)
  @SubclassMapping(source = TransferToNumberTwilioSuccessOutcomeDto.class, target = TransferToNumberTwilioSuccessOutcome.class)
  @SubclassMapping(source = VoicemailDetectionOutcomeDto.class, target = VoicemailDetectionOutcome.class)
  @SubclassMapping(source = UnknownSystemToolOutcomeDto.class, target = UnknownSystemToolOutcome.class)
  SystemToolOutcome toDomain(SystemToolOutcomeDto dto);

  @SubclassMapping(source = EndCallOutcome.class, target = EndCallOutcomeDto.class)
  @SubclassMapping(source = KnowledgeBaseRagOutcome.class, target = KnowledgeBaseRagOutcomeDto.class)
  @SubclassMapping(source = LanguageDetectionOutcome.class, target = LanguageDetectionOutcomeDto.class)
  @SubclassMapping(source = PlayDtmfErrorOutcome.class, target = PlayDtmfErrorOutcomeDto.class)
  @SubclassMapping(source = PlayDtmfSuccessOutcome.class, target = PlayDtmfSuccessOutcomeDto.class)
  @SubclassMapping(source = RunSubagentErrorOutcome.class, target = RunSubagentErrorOutcomeDto.class)
  @SubclassMapping(source = RunSubagentSuccessOutcome.class, target = RunSubagentSuccessOutcomeDto.class)
  @SubclassMapping(source = SkipTurnOutcome.class, target = SkipTurnOutcomeDto.class)
  @SubclassMapping(source = TestToolOutcome.class, target = TestToolOutcomeDto.class)
  @SubclassMapping(source = TransferToAgentErrorOutcome.class, target = TransferToAgentErrorOutcomeDto.class)
  @SubclassMapping(source = TransferToAgentSuccessOutcome.class, target = TransferToAgentSuccessOutcomeDto.class)
  @SubclassMapping(source = TransferToNumberErrorOutcome.class, target = TransferToNumberErrorOutcomeDto.class)
  @SubclassMapping(source = TransferToNumberExotelSuccessOutcome.class, target = TransferToNumberExotelSuccessOutcomeDto.class)
  @SubclassMapping(source = TransferToNumberSipSuccessOutcome.class, target = TransferToNumberSipSuccessOutcomeDto.class)
  @SubclassMapping(source = TransferToNumberTwilioSuccessOutcome.class, target = TransferToNumberTwilioSuccessOutcomeDto.class)
  @SubclassMapping(source = VoicemailDetectionOutcome.class, target = VoicemailDetectionOutcomeDto.class)
  @SubclassMapping(source = UnknownSystemToolOutcome.class, target = UnknownSystemToolOutcomeDto.class)
  SystemToolOutcomeDto toWire(SystemToolOutcome value);

  @SubclassMapping(source = SystemToolResultDto.class, target = SystemToolResult.class)
  @SubclassMapping(source = ApiIntegrationWebhookToolResultDto.class, target = ApiIntegrationWebhookToolResult.class)
  @SubclassMapping(source = WorkflowToolResultDto.class, target = WorkflowToolResult.class)
  @SubclassMapping(source = OtherToolResultDto.class, target = OtherToolResult.class)
  ToolResult toDomain(ToolResultDto dto);

  @SubclassMapping(source = SystemToolResult.class, target = SystemToolResultDto.class)
  @SubclassMapping(source = ApiIntegrationWebhookToolResult.class, target = ApiIntegrationWebhookToolResultDto.class)
  @SubclassMapping(source = WorkflowToolResult.class, target = WorkflowToolResultDto.class)
  @SubclassMapping(source = OtherToolResult.class, target = OtherToolResultDto.class)
  ToolResultDto toWire(ToolResult value);

  @SubclassMapping(source = EdgeStepDto.class, target = EdgeStep.class)
  @SubclassMapping(source = MaxIterationsExceededStepDto.class, target = MaxIterationsExceededStep.class)
  @SubclassMapping(source = NestedToolsStepDto.class, target = NestedToolsStep.class)
  @SubclassMapping(source = UnknownWorkflowStepDto.class, target = UnknownWorkflowStep.class)
  WorkflowStep toDomain(WorkflowStepDto dto);

  @SubclassMapping(source = EdgeStep.class, target = EdgeStepDto.class)
  @SubclassMapping(source = MaxIterationsExceededStep.class, target = MaxIterationsExceededStepDto.class)
  @SubclassMapping(source = NestedToolsStep.class, target = NestedToolsStepDto.class)
  @SubclassMapping(source = UnknownWorkflowStep.class, target = UnknownWorkflowStepDto.class)
  WorkflowStepDto toWire(WorkflowStep value);

  default UnknownPhoneCall toDomain(UnknownPhoneCallDto dto) {
    return UnknownPhoneCall.builder()
        .type(discriminator(dto, "type"))
        .properties(dto.properties())
        .build();
  }

  default UnknownPhoneCallDto toWire(UnknownPhoneCall value) {
    return new UnknownPhoneCallDto(variantMembers("type", value.type(), value.properties(), value.unknownMembers()));
  }

  default UnknownToolDetails toDomain(UnknownToolDetailsDto dto) {
    return UnknownToolDetails.builder()
        .type(discriminator(dto, "type"))
        .properties(dto.properties())
        .build();
  }

  default UnknownToolDetailsDto toWire(UnknownToolDetails value) {
    return new UnknownToolDetailsDto(variantMembers("type", value.type(), value.properties(), value.unknownMembers()));
  }

  default UnknownBranchInfo toDomain(UnknownBranchInfoDto dto) {
    return UnknownBranchInfo.builder()
        .branchReason(discriminator(dto, "branch_reason"))
        .properties(dto.properties())
        .build();
  }

  default UnknownBranchInfoDto toWire(UnknownBranchInfo value) {
    return new UnknownBranchInfoDto(variantMembers("branch_reason", value.branchReason(), value.properties(), value.unknownMembers()));
  }

  default UnknownSystemToolOutcome toDomain(UnknownSystemToolOutcomeDto dto) {
    return UnknownSystemToolOutcome.builder()
        .resultType(discriminator(dto, "result_type"))
        .properties(dto.properties())
        .build();
  }

  default UnknownSystemToolOutcomeDto toWire(UnknownSystemToolOutcome value) {
    return new UnknownSystemToolOutcomeDto(variantMembers("result_type", value.resultType(), value.properties(), value.unknownMembers()));
  }

  default UnknownWorkflowStep toDomain(UnknownWorkflowStepDto dto) {
    return UnknownWorkflowStep.builder()
        .type(discriminator(dto, "type"))
        .properties(dto.properties())
        .build();
  }

  default UnknownWorkflowStepDto toWire(UnknownWorkflowStep value) {
    return new UnknownWorkflowStepDto(variantMembers("type", value.type(), value.properties(), value.unknownMembers()));
  }

  default ConversationStatus conversationStatus(String value) {
    return ConversationStatus.of(value);
  }

  default FeedbackType feedbackType(String value) {
    return FeedbackType.of(value);
  }

  default FeedbackScore feedbackScore(String value) {
    return FeedbackScore.of(value);
  }

  default AuthorizationMethod authorizationMethod(String value) {
    return AuthorizationMethod.of(value);
  }

  default TelephonyDirection telephonyDirection(String value) {
    return TelephonyDirection.of(value);
  }

  default InitiationSource initiationSource(String value) {
    return InitiationSource.of(value);
  }

  default AsyncDeliveryStatus asyncDeliveryStatus(String value) {
    return AsyncDeliveryStatus.of(value);
  }

  default WhatsAppDirection whatsAppDirection(String value) {
    return WhatsAppDirection.of(value);
  }

  default SmsDirection smsDirection(String value) {
    return SmsDirection.of(value);
  }

  default AgentDefinitionSource agentDefinitionSource(String value) {
    return AgentDefinitionSource.of(value);
  }

  default Verdict verdict(String value) {
    return Verdict.of(value);
  }

  default SchemaValueType schemaValueType(String value) {
    return SchemaValueType.of(value);
  }

  default AnalysisScope analysisScope(String value) {
    return AnalysisScope.of(value);
  }

  default LlmModel llmModel(String value) {
    return LlmModel.of(value);
  }

  default KnowledgeBaseDocumentType knowledgeBaseDocumentType(String value) {
    return KnowledgeBaseDocumentType.of(value);
  }

  default DocumentUsageMode documentUsageMode(String value) {
    return DocumentUsageMode.of(value);
  }

  default Role role(String value) {
    return Role.of(value);
  }

  default ToolType toolType(String value) {
    return ToolType.of(value);
  }

  default OtherToolResultType otherToolResultType(String value) {
    return OtherToolResultType.of(value);
  }

  default RagToolStatus ragToolStatus(String value) {
    return RagToolStatus.of(value);
  }

  default EmbeddingModel embeddingModel(String value) {
    return EmbeddingModel.of(value);
  }

  default SourceMedium sourceMedium(String value) {
    return SourceMedium.of(value);
  }

  default ScoringMode scoringMode(String value) {
    return ScoringMode.of(value);
  }

  default TtsModel ttsModel(String value) {
    return TtsModel.of(value);
  }

  default String vocabulary(OpenVocabulary value) {
    return value.value();
  }

  default String vocabulary(Optional<? extends OpenVocabulary> value) {
    return value.map(OpenVocabulary::value).orElse(null);
  }

  default AgentId agentId(String value) {
    return AgentId.of(value);
  }

  default String id(AgentId value) {
    return value.value();
  }

  default ConversationId conversationId(String value) {
    return ConversationId.of(value);
  }

  default String id(ConversationId value) {
    return value.value();
  }

  default <T> Optional<T> optional(T value) {
    return Optional.ofNullable(value);
  }

  default <T> T orNull(Optional<T> value) {
    return value.orElse(null);
  }

  default OptionalLong optionalLong(Long value) {
    return OptionalLong.of(value);
  }

  default Long orNull(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }

  default OptionalDouble optionalDouble(Double value) {
    return OptionalDouble.of(value);
  }

  default Double orNull(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  // JSON null and an absent member both mean "no value".
  default Optional<JsonValue> optionalJson(JsonValue value) {
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  // "Any type" maps and unknown members: passed on as they are (the builder copies), and an empty
  // one goes back to the wire as absent, without a copy.
  default Map<String, JsonValue> jsonMembers(Map<String, JsonValue> members) {
    return members == null || members.isEmpty() ? null : members;
  }

  /** The discriminator of a variant this library does not know, as received. */
  private static Optional<String> discriminator(UnknownVariantDto dto, String name) {
    JsonValue value = dto.properties().get(name);
    return value == null ? Optional.empty() : value.asString();
  }

  /** Every member of an unknown variant: its discriminator, as received, then the rest. */
  private static Map<String, JsonValue> variantMembers(
      String name,
      Optional<String> discriminator,
      Map<String, JsonValue> properties,
      Map<String, JsonValue> unknownMembers) {
    Map<String, JsonValue> members = new LinkedHashMap<>(properties);
    discriminator.ifPresent(value -> members.putIfAbsent(name, JsonValue.of(value)));
    unknownMembers.forEach(members::putIfAbsent);
    return members;
  }
}
