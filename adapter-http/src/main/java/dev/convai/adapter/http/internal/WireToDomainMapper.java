package dev.convai.adapter.http.internal;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.AnalysisScope;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.DataCollectionResult;
import dev.convai.analysis.DataCollectionSchema;
import dev.convai.analysis.SchemaValueType;
import dev.convai.analysis.ScopedAnalysis;
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
import dev.convai.transcript.Role;
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
import dev.convai.usage.RagUsage;
import dev.convai.usage.TokenUsage;
import dev.convai.usage.TtsUsage;
import dev.convai.usage.VoiceReward;
import dev.convai.usage.VoiceUsage;
import dev.convai.usage.WorkflowFeaturesUsage;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.NullValueCheckStrategy;
import org.mapstruct.ReportingPolicy;

/**
 * Maps the wire DTOs onto the domain. Generated by MapStruct with both unmapped policies at
 * {@code ERROR}: a wire property without a domain home, or a domain attribute nothing fills,
 * breaks the build. Absent members ({@code null} in the DTO) leave the builder alone, so the
 * domain's own defaults apply.
 */
@Mapper(
    nullValueCheckStrategy = NullValueCheckStrategy.ALWAYS,
    unmappedTargetPolicy = ReportingPolicy.ERROR,
    unmappedSourcePolicy = ReportingPolicy.ERROR,
    typeConversionPolicy = ReportingPolicy.ERROR)
interface WireToDomainMapper {

  DeletionSettings toDomain(DeletionSettingsDto dto);

  default Optional<DeletionSettings> optionalDeletionSettings(DeletionSettingsDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  ConversationFeedback toDomain(ConversationFeedbackDto dto);

  default Optional<ConversationFeedback> optionalConversationFeedback(ConversationFeedbackDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  TokenUsage toDomain(TokenUsageDto dto);

  default Optional<TokenUsage> optionalTokenUsage(TokenUsageDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  ModelTokenUsage toDomain(ModelTokenUsageDto dto);

  default Optional<ModelTokenUsage> optionalModelTokenUsage(ModelTokenUsageDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  LlmUsage toDomain(LlmUsageDto dto);

  default Optional<LlmUsage> optionalLlmUsage(LlmUsageDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  LlmChargingUsage toDomain(LlmChargingUsageDto dto);

  default Optional<LlmChargingUsage> optionalLlmChargingUsage(LlmChargingUsageDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  VoiceUsage toDomain(VoiceUsageDto dto);

  default Optional<VoiceUsage> optionalVoiceUsage(VoiceUsageDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  TtsUsage toDomain(TtsUsageDto dto);

  default Optional<TtsUsage> optionalTtsUsage(TtsUsageDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  AsrUsage toDomain(AsrUsageDto dto);

  default Optional<AsrUsage> optionalAsrUsage(AsrUsageDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  Charging toDomain(ChargingDto dto);

  default Optional<Charging> optionalCharging(ChargingDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"type"})
  ExotelPhoneCall toDomain(ExotelPhoneCallDto dto);

  default Optional<ExotelPhoneCall> optionalExotelPhoneCall(ExotelPhoneCallDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"type"})
  SipTrunkingPhoneCall toDomain(SipTrunkingPhoneCallDto dto);

  default Optional<SipTrunkingPhoneCall> optionalSipTrunkingPhoneCall(SipTrunkingPhoneCallDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"type"})
  TwilioPhoneCall toDomain(TwilioPhoneCallDto dto);

  default Optional<TwilioPhoneCall> optionalTwilioPhoneCall(TwilioPhoneCallDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  BatchCall toDomain(BatchCallDto dto);

  default Optional<BatchCall> optionalBatchCall(BatchCallDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  ConversationError toDomain(ConversationErrorDto dto);

  default Optional<ConversationError> optionalConversationError(ConversationErrorDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  RagUsage toDomain(RagUsageDto dto);

  default Optional<RagUsage> optionalRagUsage(RagUsageDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  FeatureStatus toDomain(FeatureStatusDto dto);

  default Optional<FeatureStatus> optionalFeatureStatus(FeatureStatusDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  WorkflowFeaturesUsage toDomain(WorkflowFeaturesUsageDto dto);

  default Optional<WorkflowFeaturesUsage> optionalWorkflowFeaturesUsage(WorkflowFeaturesUsageDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  AgentTestingUsage toDomain(AgentTestingUsageDto dto);

  default Optional<AgentTestingUsage> optionalAgentTestingUsage(AgentTestingUsageDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  FeaturesUsage toDomain(FeaturesUsageDto dto);

  default Optional<FeaturesUsage> optionalFeaturesUsage(FeaturesUsageDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  ElevenAssistantInfo toDomain(ElevenAssistantInfoDto dto);

  default Optional<ElevenAssistantInfo> optionalElevenAssistantInfo(ElevenAssistantInfoDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  AsyncMetadata toDomain(AsyncMetadataDto dto);

  default Optional<AsyncMetadata> optionalAsyncMetadata(AsyncMetadataDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  WhatsAppInfo toDomain(WhatsAppInfoDto dto);

  default Optional<WhatsAppInfo> optionalWhatsAppInfo(WhatsAppInfoDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  SmsInfo toDomain(SmsInfoDto dto);

  default Optional<SmsInfo> optionalSmsInfo(SmsInfoDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  VoiceReward toDomain(VoiceRewardDto dto);

  default Optional<VoiceReward> optionalVoiceReward(VoiceRewardDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  ConversationMetadata toDomain(ConversationMetadataDto dto);

  default Optional<ConversationMetadata> optionalConversationMetadata(ConversationMetadataDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  CriterionResult toDomain(CriterionResultDto dto);

  default Optional<CriterionResult> optionalCriterionResult(CriterionResultDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  DataCollectionSchema toDomain(DataCollectionSchemaDto dto);

  default Optional<DataCollectionSchema> optionalDataCollectionSchema(DataCollectionSchemaDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  DataCollectionResult toDomain(DataCollectionResultDto dto);

  default Optional<DataCollectionResult> optionalDataCollectionResult(DataCollectionResultDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  ScopedAnalysis toDomain(ScopedAnalysisDto dto);

  default Optional<ScopedAnalysis> optionalScopedAnalysis(ScopedAnalysisDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  Analysis toDomain(AnalysisDto dto);

  default Optional<Analysis> optionalAnalysis(AnalysisDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  VisitedAgent toDomain(VisitedAgentDto dto);

  default Optional<VisitedAgent> optionalVisitedAgent(VisitedAgentDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  AsrOverride toDomain(AsrOverrideDto dto);

  default Optional<AsrOverride> optionalAsrOverride(AsrOverrideDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  SoftTimeoutOverride toDomain(SoftTimeoutOverrideDto dto);

  default Optional<SoftTimeoutOverride> optionalSoftTimeoutOverride(SoftTimeoutOverrideDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  TurnOverride toDomain(TurnOverrideDto dto);

  default Optional<TurnOverride> optionalTurnOverride(TurnOverrideDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  TtsOverride toDomain(TtsOverrideDto dto);

  default Optional<TtsOverride> optionalTtsOverride(TtsOverrideDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  ConversationOverride toDomain(ConversationOverrideDto dto);

  default Optional<ConversationOverride> optionalConversationOverride(ConversationOverrideDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  KnowledgeBaseRef toDomain(KnowledgeBaseRefDto dto);

  default Optional<KnowledgeBaseRef> optionalKnowledgeBaseRef(KnowledgeBaseRefDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  PromptOverride toDomain(PromptOverrideDto dto);

  default Optional<PromptOverride> optionalPromptOverride(PromptOverrideDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  AgentOverride toDomain(AgentOverrideDto dto);

  default Optional<AgentOverride> optionalAgentOverride(AgentOverrideDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  ConfigOverride toDomain(ConfigOverrideDto dto);

  default Optional<ConfigOverride> optionalConfigOverride(ConfigOverrideDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  InitiationSourceInfo toDomain(InitiationSourceInfoDto dto);

  default Optional<InitiationSourceInfo> optionalInitiationSourceInfo(InitiationSourceInfoDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  InitiationClientData toDomain(InitiationClientDataDto dto);

  default Optional<InitiationClientData> optionalInitiationClientData(InitiationClientDataDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  AgentMetadata toDomain(AgentMetadataDto dto);

  default Optional<AgentMetadata> optionalAgentMetadata(AgentMetadataDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  MultivoicePart toDomain(MultivoicePartDto dto);

  default Optional<MultivoicePart> optionalMultivoicePart(MultivoicePartDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  MultivoiceMessage toDomain(MultivoiceMessageDto dto);

  default Optional<MultivoiceMessage> optionalMultivoiceMessage(MultivoiceMessageDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"type"})
  WebhookToolDetails toDomain(WebhookToolDetailsDto dto);

  WebhookToolDetails toDomain(WebhookCallDetailsDto dto);

  default Optional<WebhookToolDetails> optionalWebhookToolDetails(WebhookToolDetailsDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"type"})
  ApiIntegrationWebhookToolDetails toDomain(ApiIntegrationWebhookToolDetailsDto dto);

  default Optional<ApiIntegrationWebhookToolDetails> optionalApiIntegrationWebhookToolDetails(ApiIntegrationWebhookToolDetailsDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"type"})
  ClientToolDetails toDomain(ClientToolDetailsDto dto);

  default Optional<ClientToolDetails> optionalClientToolDetails(ClientToolDetailsDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"type"})
  McpToolDetails toDomain(McpToolDetailsDto dto);

  default Optional<McpToolDetails> optionalMcpToolDetails(McpToolDetailsDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  ToolCall toDomain(ToolCallDto dto);

  default Optional<ToolCall> optionalToolCall(ToolCallDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  DynamicVariableUpdate toDomain(DynamicVariableUpdateDto dto);

  default Optional<DynamicVariableUpdate> optionalDynamicVariableUpdate(DynamicVariableUpdateDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  OtherToolResult toDomain(OtherToolResultDto dto);

  default Optional<OtherToolResult> optionalOtherToolResult(OtherToolResultDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"branchReason"})
  DefaultBranchInfo toDomain(DefaultBranchInfoDto dto);

  default Optional<DefaultBranchInfo> optionalDefaultBranchInfo(DefaultBranchInfoDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"branchReason"})
  TrafficSplitBranchInfo toDomain(TrafficSplitBranchInfoDto dto);

  default Optional<TrafficSplitBranchInfo> optionalTrafficSplitBranchInfo(TrafficSplitBranchInfoDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"resultType"})
  EndCallOutcome toDomain(EndCallOutcomeDto dto);

  default Optional<EndCallOutcome> optionalEndCallOutcome(EndCallOutcomeDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"resultType"})
  KnowledgeBaseRagOutcome toDomain(KnowledgeBaseRagOutcomeDto dto);

  default Optional<KnowledgeBaseRagOutcome> optionalKnowledgeBaseRagOutcome(KnowledgeBaseRagOutcomeDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"resultType"})
  LanguageDetectionOutcome toDomain(LanguageDetectionOutcomeDto dto);

  default Optional<LanguageDetectionOutcome> optionalLanguageDetectionOutcome(LanguageDetectionOutcomeDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"resultType"})
  PlayDtmfErrorOutcome toDomain(PlayDtmfErrorOutcomeDto dto);

  default Optional<PlayDtmfErrorOutcome> optionalPlayDtmfErrorOutcome(PlayDtmfErrorOutcomeDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"resultType"})
  PlayDtmfSuccessOutcome toDomain(PlayDtmfSuccessOutcomeDto dto);

  default Optional<PlayDtmfSuccessOutcome> optionalPlayDtmfSuccessOutcome(PlayDtmfSuccessOutcomeDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"resultType"})
  SkipTurnOutcome toDomain(SkipTurnOutcomeDto dto);

  default Optional<SkipTurnOutcome> optionalSkipTurnOutcome(SkipTurnOutcomeDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"resultType"})
  TestToolOutcome toDomain(TestToolOutcomeDto dto);

  default Optional<TestToolOutcome> optionalTestToolOutcome(TestToolOutcomeDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"resultType"})
  TransferToAgentErrorOutcome toDomain(TransferToAgentErrorOutcomeDto dto);

  default Optional<TransferToAgentErrorOutcome> optionalTransferToAgentErrorOutcome(TransferToAgentErrorOutcomeDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"resultType"})
  TransferToAgentSuccessOutcome toDomain(TransferToAgentSuccessOutcomeDto dto);

  default Optional<TransferToAgentSuccessOutcome> optionalTransferToAgentSuccessOutcome(TransferToAgentSuccessOutcomeDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"resultType"})
  TransferToNumberErrorOutcome toDomain(TransferToNumberErrorOutcomeDto dto);

  default Optional<TransferToNumberErrorOutcome> optionalTransferToNumberErrorOutcome(TransferToNumberErrorOutcomeDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"resultType"})
  TransferToNumberExotelSuccessOutcome toDomain(TransferToNumberExotelSuccessOutcomeDto dto);

  default Optional<TransferToNumberExotelSuccessOutcome> optionalTransferToNumberExotelSuccessOutcome(TransferToNumberExotelSuccessOutcomeDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"resultType"})
  TransferToNumberSipSuccessOutcome toDomain(TransferToNumberSipSuccessOutcomeDto dto);

  default Optional<TransferToNumberSipSuccessOutcome> optionalTransferToNumberSipSuccessOutcome(TransferToNumberSipSuccessOutcomeDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"resultType"})
  TransferToNumberTwilioSuccessOutcome toDomain(TransferToNumberTwilioSuccessOutcomeDto dto);

  default Optional<TransferToNumberTwilioSuccessOutcome> optionalTransferToNumberTwilioSuccessOutcome(TransferToNumberTwilioSuccessOutcomeDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"resultType"})
  VoicemailDetectionOutcome toDomain(VoicemailDetectionOutcomeDto dto);

  default Optional<VoicemailDetectionOutcome> optionalVoicemailDetectionOutcome(VoicemailDetectionOutcomeDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"type"})
  SystemToolResult toDomain(SystemToolResultDto dto);

  default Optional<SystemToolResult> optionalSystemToolResult(SystemToolResultDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"type"})
  ApiIntegrationWebhookToolResult toDomain(ApiIntegrationWebhookToolResultDto dto);

  default Optional<ApiIntegrationWebhookToolResult> optionalApiIntegrationWebhookToolResult(ApiIntegrationWebhookToolResultDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"type"})
  EdgeStep toDomain(EdgeStepDto dto);

  default Optional<EdgeStep> optionalEdgeStep(EdgeStepDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"type"})
  MaxIterationsExceededStep toDomain(MaxIterationsExceededStepDto dto);

  default Optional<MaxIterationsExceededStep> optionalMaxIterationsExceededStep(MaxIterationsExceededStepDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"type"})
  NestedToolsStep toDomain(NestedToolsStepDto dto);

  default Optional<NestedToolsStep> optionalNestedToolsStep(NestedToolsStepDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  WorkflowOutcome toDomain(WorkflowOutcomeDto dto);

  default Optional<WorkflowOutcome> optionalWorkflowOutcome(WorkflowOutcomeDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  @BeanMapping(ignoreUnmappedSourceProperties = {"type"})
  WorkflowToolResult toDomain(WorkflowToolResultDto dto);

  default Optional<WorkflowToolResult> optionalWorkflowToolResult(WorkflowToolResultDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  TurnFeedback toDomain(TurnFeedbackDto dto);

  default Optional<TurnFeedback> optionalTurnFeedback(TurnFeedbackDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  TurnMetric toDomain(TurnMetricDto dto);

  default Optional<TurnMetric> optionalTurnMetric(TurnMetricDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  TurnMetrics toDomain(TurnMetricsDto dto);

  default Optional<TurnMetrics> optionalTurnMetrics(TurnMetricsDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  RagChunk toDomain(RagChunkDto dto);

  default Optional<RagChunk> optionalRagChunk(RagChunkDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  RagRetrievalInfo toDomain(RagRetrievalInfoDto dto);

  default Optional<RagRetrievalInfo> optionalRagRetrievalInfo(RagRetrievalInfoDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  FileInput toDomain(FileInputDto dto);

  default Optional<FileInput> optionalFileInput(FileInputDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  ContextualUpdateInfo toDomain(ContextualUpdateInfoDto dto);

  default Optional<ContextualUpdateInfo> optionalContextualUpdateInfo(ContextualUpdateInfoDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  TranscriptEntry toDomain(TranscriptEntryDto dto);

  default Optional<TranscriptEntry> optionalTranscriptEntry(TranscriptEntryDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  Conversation toDomain(ConversationDto dto);

  default Optional<Conversation> optionalConversation(ConversationDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  default PhoneCall toDomain(PhoneCallDto dto) {
    if (dto == null) {
      return null;
    }
    if (dto instanceof ExotelPhoneCallDto) {
      return toDomain((ExotelPhoneCallDto) dto);
    }
    if (dto instanceof SipTrunkingPhoneCallDto) {
      return toDomain((SipTrunkingPhoneCallDto) dto);
    }
    if (dto instanceof TwilioPhoneCallDto) {
      return toDomain((TwilioPhoneCallDto) dto);
    }
    return toDomain((UnknownPhoneCallDto) dto);
  }

  default Optional<PhoneCall> optionalPhoneCall(PhoneCallDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  default UnknownPhoneCall toDomain(UnknownPhoneCallDto dto) {
    JsonValue discriminator = dto.properties().get("type");
    return UnknownPhoneCall.builder()
        .type(discriminator == null ? Optional.empty() : discriminator.asString())
        .properties(dto.properties())
        .build();
  }

  default ToolDetails toDomain(ToolDetailsDto dto) {
    if (dto == null) {
      return null;
    }
    if (dto instanceof ApiIntegrationWebhookToolDetailsDto) {
      return toDomain((ApiIntegrationWebhookToolDetailsDto) dto);
    }
    if (dto instanceof ClientToolDetailsDto) {
      return toDomain((ClientToolDetailsDto) dto);
    }
    if (dto instanceof McpToolDetailsDto) {
      return toDomain((McpToolDetailsDto) dto);
    }
    if (dto instanceof WebhookToolDetailsDto) {
      return toDomain((WebhookToolDetailsDto) dto);
    }
    return toDomain((UnknownToolDetailsDto) dto);
  }

  default Optional<ToolDetails> optionalToolDetails(ToolDetailsDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  default UnknownToolDetails toDomain(UnknownToolDetailsDto dto) {
    JsonValue discriminator = dto.properties().get("type");
    return UnknownToolDetails.builder()
        .type(discriminator == null ? Optional.empty() : discriminator.asString())
        .properties(dto.properties())
        .build();
  }

  default TransferBranchInfo toDomain(TransferBranchInfoDto dto) {
    if (dto == null) {
      return null;
    }
    if (dto instanceof DefaultBranchInfoDto) {
      return toDomain((DefaultBranchInfoDto) dto);
    }
    if (dto instanceof TrafficSplitBranchInfoDto) {
      return toDomain((TrafficSplitBranchInfoDto) dto);
    }
    return toDomain((UnknownBranchInfoDto) dto);
  }

  default Optional<TransferBranchInfo> optionalTransferBranchInfo(TransferBranchInfoDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  default UnknownBranchInfo toDomain(UnknownBranchInfoDto dto) {
    JsonValue discriminator = dto.properties().get("branch_reason");
    return UnknownBranchInfo.builder()
        .branchReason(discriminator == null ? Optional.empty() : discriminator.asString())
        .properties(dto.properties())
        .build();
  }

  default SystemToolOutcome toDomain(SystemToolOutcomeDto dto) {
    if (dto == null) {
      return null;
    }
    if (dto instanceof EndCallOutcomeDto) {
      return toDomain((EndCallOutcomeDto) dto);
    }
    if (dto instanceof KnowledgeBaseRagOutcomeDto) {
      return toDomain((KnowledgeBaseRagOutcomeDto) dto);
    }
    if (dto instanceof LanguageDetectionOutcomeDto) {
      return toDomain((LanguageDetectionOutcomeDto) dto);
    }
    if (dto instanceof PlayDtmfErrorOutcomeDto) {
      return toDomain((PlayDtmfErrorOutcomeDto) dto);
    }
    if (dto instanceof PlayDtmfSuccessOutcomeDto) {
      return toDomain((PlayDtmfSuccessOutcomeDto) dto);
    }
    if (dto instanceof SkipTurnOutcomeDto) {
      return toDomain((SkipTurnOutcomeDto) dto);
    }
    if (dto instanceof TestToolOutcomeDto) {
      return toDomain((TestToolOutcomeDto) dto);
    }
    if (dto instanceof TransferToAgentErrorOutcomeDto) {
      return toDomain((TransferToAgentErrorOutcomeDto) dto);
    }
    if (dto instanceof TransferToAgentSuccessOutcomeDto) {
      return toDomain((TransferToAgentSuccessOutcomeDto) dto);
    }
    if (dto instanceof TransferToNumberErrorOutcomeDto) {
      return toDomain((TransferToNumberErrorOutcomeDto) dto);
    }
    if (dto instanceof TransferToNumberExotelSuccessOutcomeDto) {
      return toDomain((TransferToNumberExotelSuccessOutcomeDto) dto);
    }
    if (dto instanceof TransferToNumberSipSuccessOutcomeDto) {
      return toDomain((TransferToNumberSipSuccessOutcomeDto) dto);
    }
    if (dto instanceof TransferToNumberTwilioSuccessOutcomeDto) {
      return toDomain((TransferToNumberTwilioSuccessOutcomeDto) dto);
    }
    if (dto instanceof VoicemailDetectionOutcomeDto) {
      return toDomain((VoicemailDetectionOutcomeDto) dto);
    }
    return toDomain((UnknownSystemToolOutcomeDto) dto);
  }

  default Optional<SystemToolOutcome> optionalSystemToolOutcome(SystemToolOutcomeDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  default UnknownSystemToolOutcome toDomain(UnknownSystemToolOutcomeDto dto) {
    JsonValue discriminator = dto.properties().get("result_type");
    return UnknownSystemToolOutcome.builder()
        .resultType(discriminator == null ? Optional.empty() : discriminator.asString())
        .properties(dto.properties())
        .build();
  }

  default ToolResult toDomain(ToolResultDto dto) {
    if (dto == null) {
      return null;
    }
    if (dto instanceof SystemToolResultDto) {
      return toDomain((SystemToolResultDto) dto);
    }
    if (dto instanceof ApiIntegrationWebhookToolResultDto) {
      return toDomain((ApiIntegrationWebhookToolResultDto) dto);
    }
    if (dto instanceof WorkflowToolResultDto) {
      return toDomain((WorkflowToolResultDto) dto);
    }
    return toDomain((OtherToolResultDto) dto);
  }

  default Optional<ToolResult> optionalToolResult(ToolResultDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  default WorkflowStep toDomain(WorkflowStepDto dto) {
    if (dto == null) {
      return null;
    }
    if (dto instanceof EdgeStepDto) {
      return toDomain((EdgeStepDto) dto);
    }
    if (dto instanceof MaxIterationsExceededStepDto) {
      return toDomain((MaxIterationsExceededStepDto) dto);
    }
    if (dto instanceof NestedToolsStepDto) {
      return toDomain((NestedToolsStepDto) dto);
    }
    return toDomain((UnknownWorkflowStepDto) dto);
  }

  default Optional<WorkflowStep> optionalWorkflowStep(WorkflowStepDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  default UnknownWorkflowStep toDomain(UnknownWorkflowStepDto dto) {
    JsonValue discriminator = dto.properties().get("type");
    return UnknownWorkflowStep.builder()
        .type(discriminator == null ? Optional.empty() : discriminator.asString())
        .properties(dto.properties())
        .build();
  }

  default ConversationStatus conversationStatus(String value) {
    return value == null ? null : ConversationStatus.of(value);
  }

  default Optional<ConversationStatus> optionalConversationStatus(String value) {
    return value == null ? Optional.empty() : Optional.of(ConversationStatus.of(value));
  }

  default FeedbackType feedbackType(String value) {
    return value == null ? null : FeedbackType.of(value);
  }

  default Optional<FeedbackType> optionalFeedbackType(String value) {
    return value == null ? Optional.empty() : Optional.of(FeedbackType.of(value));
  }

  default FeedbackScore feedbackScore(String value) {
    return value == null ? null : FeedbackScore.of(value);
  }

  default Optional<FeedbackScore> optionalFeedbackScore(String value) {
    return value == null ? Optional.empty() : Optional.of(FeedbackScore.of(value));
  }

  default AuthorizationMethod authorizationMethod(String value) {
    return value == null ? null : AuthorizationMethod.of(value);
  }

  default Optional<AuthorizationMethod> optionalAuthorizationMethod(String value) {
    return value == null ? Optional.empty() : Optional.of(AuthorizationMethod.of(value));
  }

  default TelephonyDirection telephonyDirection(String value) {
    return value == null ? null : TelephonyDirection.of(value);
  }

  default Optional<TelephonyDirection> optionalTelephonyDirection(String value) {
    return value == null ? Optional.empty() : Optional.of(TelephonyDirection.of(value));
  }

  default InitiationSource initiationSource(String value) {
    return value == null ? null : InitiationSource.of(value);
  }

  default Optional<InitiationSource> optionalInitiationSource(String value) {
    return value == null ? Optional.empty() : Optional.of(InitiationSource.of(value));
  }

  default AsyncDeliveryStatus asyncDeliveryStatus(String value) {
    return value == null ? null : AsyncDeliveryStatus.of(value);
  }

  default Optional<AsyncDeliveryStatus> optionalAsyncDeliveryStatus(String value) {
    return value == null ? Optional.empty() : Optional.of(AsyncDeliveryStatus.of(value));
  }

  default WhatsAppDirection whatsAppDirection(String value) {
    return value == null ? null : WhatsAppDirection.of(value);
  }

  default Optional<WhatsAppDirection> optionalWhatsAppDirection(String value) {
    return value == null ? Optional.empty() : Optional.of(WhatsAppDirection.of(value));
  }

  default SmsDirection smsDirection(String value) {
    return value == null ? null : SmsDirection.of(value);
  }

  default Optional<SmsDirection> optionalSmsDirection(String value) {
    return value == null ? Optional.empty() : Optional.of(SmsDirection.of(value));
  }

  default AgentDefinitionSource agentDefinitionSource(String value) {
    return value == null ? null : AgentDefinitionSource.of(value);
  }

  default Optional<AgentDefinitionSource> optionalAgentDefinitionSource(String value) {
    return value == null ? Optional.empty() : Optional.of(AgentDefinitionSource.of(value));
  }

  default Verdict verdict(String value) {
    return value == null ? null : Verdict.of(value);
  }

  default Optional<Verdict> optionalVerdict(String value) {
    return value == null ? Optional.empty() : Optional.of(Verdict.of(value));
  }

  default SchemaValueType schemaValueType(String value) {
    return value == null ? null : SchemaValueType.of(value);
  }

  default Optional<SchemaValueType> optionalSchemaValueType(String value) {
    return value == null ? Optional.empty() : Optional.of(SchemaValueType.of(value));
  }

  default AnalysisScope analysisScope(String value) {
    return value == null ? null : AnalysisScope.of(value);
  }

  default Optional<AnalysisScope> optionalAnalysisScope(String value) {
    return value == null ? Optional.empty() : Optional.of(AnalysisScope.of(value));
  }

  default LlmModel llmModel(String value) {
    return value == null ? null : LlmModel.of(value);
  }

  default Optional<LlmModel> optionalLlmModel(String value) {
    return value == null ? Optional.empty() : Optional.of(LlmModel.of(value));
  }

  default KnowledgeBaseDocumentType knowledgeBaseDocumentType(String value) {
    return value == null ? null : KnowledgeBaseDocumentType.of(value);
  }

  default Optional<KnowledgeBaseDocumentType> optionalKnowledgeBaseDocumentType(String value) {
    return value == null ? Optional.empty() : Optional.of(KnowledgeBaseDocumentType.of(value));
  }

  default DocumentUsageMode documentUsageMode(String value) {
    return value == null ? null : DocumentUsageMode.of(value);
  }

  default Optional<DocumentUsageMode> optionalDocumentUsageMode(String value) {
    return value == null ? Optional.empty() : Optional.of(DocumentUsageMode.of(value));
  }

  default Role role(String value) {
    return value == null ? null : Role.of(value);
  }

  default Optional<Role> optionalRole(String value) {
    return value == null ? Optional.empty() : Optional.of(Role.of(value));
  }

  default ToolType toolType(String value) {
    return value == null ? null : ToolType.of(value);
  }

  default Optional<ToolType> optionalToolType(String value) {
    return value == null ? Optional.empty() : Optional.of(ToolType.of(value));
  }

  default OtherToolResultType otherToolResultType(String value) {
    return value == null ? null : OtherToolResultType.of(value);
  }

  default Optional<OtherToolResultType> optionalOtherToolResultType(String value) {
    return value == null ? Optional.empty() : Optional.of(OtherToolResultType.of(value));
  }

  default RagToolStatus ragToolStatus(String value) {
    return value == null ? null : RagToolStatus.of(value);
  }

  default Optional<RagToolStatus> optionalRagToolStatus(String value) {
    return value == null ? Optional.empty() : Optional.of(RagToolStatus.of(value));
  }

  default EmbeddingModel embeddingModel(String value) {
    return value == null ? null : EmbeddingModel.of(value);
  }

  default Optional<EmbeddingModel> optionalEmbeddingModel(String value) {
    return value == null ? Optional.empty() : Optional.of(EmbeddingModel.of(value));
  }

  default SourceMedium sourceMedium(String value) {
    return value == null ? null : SourceMedium.of(value);
  }

  default Optional<SourceMedium> optionalSourceMedium(String value) {
    return value == null ? Optional.empty() : Optional.of(SourceMedium.of(value));
  }

  default AgentId agentId(String value) {
    return value == null ? null : AgentId.of(value);
  }

  default ConversationId conversationId(String value) {
    return value == null ? null : ConversationId.of(value);
  }

  default Optional<String> optionalString(String value) {
    return Optional.ofNullable(value);
  }

  default Optional<Boolean> optionalBoolean(Boolean value) {
    return Optional.ofNullable(value);
  }

  default OptionalLong optionalLong(Long value) {
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  default OptionalDouble optionalDouble(Double value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  // JSON null and an absent member both mean "no value".
  default Optional<JsonValue> optionalJson(JsonValue value) {
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }
}
