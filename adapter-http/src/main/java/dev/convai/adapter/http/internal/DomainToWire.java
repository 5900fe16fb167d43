package dev.convai.adapter.http.internal;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.DataCollectionResult;
import dev.convai.analysis.DataCollectionSchema;
import dev.convai.analysis.ScopedAnalysis;
import dev.convai.channel.AsyncMetadata;
import dev.convai.channel.BatchCall;
import dev.convai.channel.ExotelPhoneCall;
import dev.convai.channel.PhoneCall;
import dev.convai.channel.SipTrunkingPhoneCall;
import dev.convai.channel.SmsInfo;
import dev.convai.channel.TwilioPhoneCall;
import dev.convai.channel.UnknownPhoneCall;
import dev.convai.channel.WhatsAppInfo;
import dev.convai.common.OpenVocabulary;
import dev.convai.conversation.AgentId;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationError;
import dev.convai.conversation.ConversationFeedback;
import dev.convai.conversation.ConversationId;
import dev.convai.conversation.ConversationMetadata;
import dev.convai.conversation.DeletionSettings;
import dev.convai.conversation.ElevenAssistantInfo;
import dev.convai.conversation.VisitedAgent;
import dev.convai.initiation.AgentOverride;
import dev.convai.initiation.AsrOverride;
import dev.convai.initiation.ConfigOverride;
import dev.convai.initiation.ConversationOverride;
import dev.convai.initiation.InitiationClientData;
import dev.convai.initiation.InitiationSourceInfo;
import dev.convai.initiation.KnowledgeBaseRef;
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
import dev.convai.transcript.PlayDtmfErrorOutcome;
import dev.convai.transcript.PlayDtmfSuccessOutcome;
import dev.convai.transcript.RagChunk;
import dev.convai.transcript.RagRetrievalInfo;
import dev.convai.transcript.SkipTurnOutcome;
import dev.convai.transcript.SystemToolOutcome;
import dev.convai.transcript.SystemToolResult;
import dev.convai.transcript.TestToolOutcome;
import dev.convai.transcript.ToolCall;
import dev.convai.transcript.ToolDetails;
import dev.convai.transcript.ToolResult;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Turns domain values back into wire DTOs, for {@code ConversationJson.encode}. Written out by
 * hand-style constructor calls rather than MapStruct, because the domain's record-style accessors
 * are not bean getters; the DTOs' canonical constructors still make a forgotten member a compile
 * error.
 */
final class DomainToWire {

  private DomainToWire() {}

  static DeletionSettingsDto deletionSettings(DeletionSettings value) {
    return new DeletionSettingsDto(
        boxed(value.deletionTimeUnixSecs()),
        boxed(value.deletedLogsAtTimeUnixSecs()),
        boxed(value.deletedAudioAtTimeUnixSecs()),
        boxed(value.deletedTranscriptAtTimeUnixSecs()),
        value.deleteTranscriptAndPii(),
        value.deleteAudio());
  }

  static ConversationFeedbackDto conversationFeedback(ConversationFeedback value) {
    return new ConversationFeedbackDto(
        value.type().map(OpenVocabulary::value).orElse(null),
        value.overallScore().map(OpenVocabulary::value).orElse(null),
        value.likes(),
        value.dislikes(),
        boxed(value.rating()),
        value.comment().orElse(null));
  }

  static TokenUsageDto tokenUsage(TokenUsage value) {
    return new TokenUsageDto(
        value.tokens(),
        value.price());
  }

  static ModelTokenUsageDto modelTokenUsage(ModelTokenUsage value) {
    return new ModelTokenUsageDto(
        value.input().map(DomainToWire::tokenUsage).orElse(null),
        value.inputCacheRead().map(DomainToWire::tokenUsage).orElse(null),
        value.inputCacheWrite().map(DomainToWire::tokenUsage).orElse(null),
        value.outputTotal().map(DomainToWire::tokenUsage).orElse(null));
  }

  static LlmUsageDto llmUsage(LlmUsage value) {
    return new LlmUsageDto(
        map(value.modelUsage(), DomainToWire::modelTokenUsage));
  }

  static LlmChargingUsageDto llmChargingUsage(LlmChargingUsage value) {
    return new LlmChargingUsageDto(
        value.irreversibleGeneration().map(DomainToWire::llmUsage).orElse(null),
        value.initiatedGeneration().map(DomainToWire::llmUsage).orElse(null));
  }

  static VoiceUsageDto voiceUsage(VoiceUsage value) {
    return new VoiceUsageDto(
        value.voiceId(),
        value.audioOutputSeconds());
  }

  static TtsUsageDto ttsUsage(TtsUsage value) {
    return new TtsUsageDto(
        value.primaryTtsModel().orElse(null),
        value.totalAudioOutputSeconds(),
        value.totalCharacters(),
        list(value.perVoiceUsage(), DomainToWire::voiceUsage));
  }

  static AsrUsageDto asrUsage(AsrUsage value) {
    return new AsrUsageDto(
        value.asrModel().orElse(null),
        value.totalTranscriptionCalls(),
        value.totalAudioInputSeconds());
  }

  static ChargingDto charging(Charging value) {
    return new ChargingDto(
        value.devDiscount(),
        value.isBurst(),
        value.tier().orElse(null),
        value.llmUsage().map(DomainToWire::llmChargingUsage).orElse(null),
        boxed(value.llmPrice()),
        boxed(value.llmCharge()),
        boxed(value.callCharge()),
        value.freeMinutesConsumed(),
        value.freeLlmDollarsConsumed(),
        value.ttsUsage().map(DomainToWire::ttsUsage).orElse(null),
        value.asrUsage().map(DomainToWire::asrUsage).orElse(null));
  }

  static ExotelPhoneCallDto exotelPhoneCall(ExotelPhoneCall value) {
    return new ExotelPhoneCallDto(
        "exotel",
        value.direction().value(),
        value.phoneNumberId(),
        value.agentNumber(),
        value.externalNumber(),
        value.streamSid(),
        value.callSid());
  }

  static SipTrunkingPhoneCallDto sipTrunkingPhoneCall(SipTrunkingPhoneCall value) {
    return new SipTrunkingPhoneCallDto(
        "sip_trunking",
        value.direction().value(),
        value.phoneNumberId(),
        value.agentNumber(),
        value.externalNumber(),
        value.callId().orElse(null),
        value.callSid(),
        map(value.sipHeaderDynamicVariables(), Function.identity()));
  }

  static TwilioPhoneCallDto twilioPhoneCall(TwilioPhoneCall value) {
    return new TwilioPhoneCallDto(
        "twilio",
        value.direction().value(),
        value.phoneNumberId(),
        value.agentNumber(),
        value.externalNumber(),
        value.streamSid(),
        value.callSid());
  }

  static BatchCallDto batchCall(BatchCall value) {
    return new BatchCallDto(
        value.batchCallId(),
        value.batchCallRecipientId());
  }

  static ConversationErrorDto conversationError(ConversationError value) {
    return new ConversationErrorDto(
        value.code(),
        value.reason().orElse(null));
  }

  static RagUsageDto ragUsage(RagUsage value) {
    return new RagUsageDto(
        value.usageCount(),
        value.embeddingModel());
  }

  static FeatureStatusDto featureStatus(FeatureStatus value) {
    return new FeatureStatusDto(
        value.enabled(),
        value.used());
  }

  static WorkflowFeaturesUsageDto workflowFeaturesUsage(WorkflowFeaturesUsage value) {
    return new WorkflowFeaturesUsageDto(
        value.enabled(),
        value.toolNode().map(DomainToWire::featureStatus).orElse(null),
        value.standaloneAgentNode().map(DomainToWire::featureStatus).orElse(null),
        value.phoneNumberNode().map(DomainToWire::featureStatus).orElse(null),
        value.endNode().map(DomainToWire::featureStatus).orElse(null));
  }

  static AgentTestingUsageDto agentTestingUsage(AgentTestingUsage value) {
    return new AgentTestingUsageDto(
        value.enabled(),
        value.testsRanAfterLastModification(),
        value.testsRanInLast7Days());
  }

  static FeaturesUsageDto featuresUsage(FeaturesUsage value) {
    return new FeaturesUsageDto(
        value.languageDetection().map(DomainToWire::featureStatus).orElse(null),
        value.transferToAgent().map(DomainToWire::featureStatus).orElse(null),
        value.transferToNumber().map(DomainToWire::featureStatus).orElse(null),
        value.multivoice().map(DomainToWire::featureStatus).orElse(null),
        value.dtmfTones().map(DomainToWire::featureStatus).orElse(null),
        value.externalMcpServers().map(DomainToWire::featureStatus).orElse(null),
        value.piiZrmWorkspace(),
        value.piiZrmAgent(),
        value.toolDynamicVariableUpdates().map(DomainToWire::featureStatus).orElse(null),
        value.isLivekit(),
        value.voicemailDetection().map(DomainToWire::featureStatus).orElse(null),
        value.dtmfInput().map(DomainToWire::featureStatus).orElse(null),
        value.workflow().map(DomainToWire::workflowFeaturesUsage).orElse(null),
        value.agentTesting().map(DomainToWire::agentTestingUsage).orElse(null),
        value.versioning().map(DomainToWire::featureStatus).orElse(null),
        value.fileInput().map(DomainToWire::featureStatus).orElse(null));
  }

  static ElevenAssistantInfoDto elevenAssistantInfo(ElevenAssistantInfo value) {
    return new ElevenAssistantInfoDto(
        value.isElevenAssistant());
  }

  static AsyncMetadataDto asyncMetadata(AsyncMetadata value) {
    return new AsyncMetadataDto(
        value.deliveryStatus().value(),
        value.deliveryTimestamp(),
        value.deliveryError().orElse(null),
        value.externalSystem(),
        value.externalId(),
        value.externalLink().orElse(null),
        value.retryCount(),
        boxed(value.lastRetryTimestamp()),
        value.lastProcessedExternalMessageId().orElse(null));
  }

  static WhatsAppInfoDto whatsAppInfo(WhatsAppInfo value) {
    return new WhatsAppInfoDto(
        value.direction().value(),
        value.whatsappPhoneNumberId().orElse(null),
        value.whatsappUserId(),
        value.awaitingFirstUserMessage().orElse(null));
  }

  static SmsInfoDto smsInfo(SmsInfo value) {
    return new SmsInfoDto(
        value.direction().value(),
        value.phoneNumberId().orElse(null),
        value.smsUserPhoneNumber(),
        value.agentPhoneNumber().orElse(null));
  }

  static VoiceRewardDto voiceReward(VoiceReward value) {
    return new VoiceRewardDto(
        value.voiceId(),
        value.rewardUsdCents());
  }

  static ConversationMetadataDto conversationMetadata(ConversationMetadata value) {
    return new ConversationMetadataDto(
        value.startTimeUnixSecs(),
        boxed(value.acceptedTimeUnixSecs()),
        value.callDurationSecs(),
        boxed(value.cost()),
        value.deletionSettings().map(DomainToWire::deletionSettings).orElse(null),
        value.feedback().map(DomainToWire::conversationFeedback).orElse(null),
        value.authorizationMethod().value(),
        value.charging().map(DomainToWire::charging).orElse(null),
        value.phoneCall().map(DomainToWire::phoneCall).orElse(null),
        value.batchCall().map(DomainToWire::batchCall).orElse(null),
        value.terminationReason(),
        value.error().map(DomainToWire::conversationError).orElse(null),
        list(value.warnings(), Function.identity()),
        value.mainLanguage().orElse(null),
        value.ragUsage().map(DomainToWire::ragUsage).orElse(null),
        value.textOnly(),
        value.featuresUsage().map(DomainToWire::featuresUsage).orElse(null),
        value.elevenAssistant().map(DomainToWire::elevenAssistantInfo).orElse(null),
        value.initiatorId().orElse(null),
        value.conversationInitiationSource().value(),
        value.conversationInitiationSourceVersion().orElse(null),
        value.timezone().orElse(null),
        value.asyncMetadata().map(DomainToWire::asyncMetadata).orElse(null),
        value.whatsapp().map(DomainToWire::whatsAppInfo).orElse(null),
        value.sms().map(DomainToWire::smsInfo).orElse(null),
        value.agentCreatedFrom().value(),
        value.agentLastUpdatedFrom().value(),
        list(value.voiceRewards(), DomainToWire::voiceReward));
  }

  static CriterionResultDto criterionResult(CriterionResult value) {
    return new CriterionResultDto(
        value.criteriaId(),
        value.result().value(),
        value.rationale());
  }

  static DataCollectionSchemaDto dataCollectionSchema(DataCollectionSchema value) {
    return new DataCollectionSchemaDto(
        value.type().value(),
        value.description(),
        list(value.enumValues(), Function.identity()),
        value.isSystemProvided(),
        value.dynamicVariable(),
        value.constantValue(),
        value.isOmitted());
  }

  static DataCollectionResultDto dataCollectionResult(DataCollectionResult value) {
    return new DataCollectionResultDto(
        value.dataCollectionId(),
        value.value().orElse(null),
        value.jsonSchema().map(DomainToWire::dataCollectionSchema).orElse(null),
        value.rationale());
  }

  static ScopedAnalysisDto scopedAnalysis(ScopedAnalysis value) {
    return new ScopedAnalysisDto(
        value.scope().value(),
        value.sourceAgentId().value(),
        value.sourceBranchId().orElse(null),
        map(value.evaluationCriteriaResults(), DomainToWire::criterionResult),
        map(value.dataCollectionResults(), DomainToWire::dataCollectionResult),
        value.successful().value());
  }

  static AnalysisDto analysis(Analysis value) {
    return new AnalysisDto(
        map(value.evaluationCriteriaResults(), DomainToWire::criterionResult),
        map(value.dataCollectionResults(), DomainToWire::dataCollectionResult),
        list(value.evaluationCriteriaResultsList(), DomainToWire::criterionResult),
        list(value.dataCollectionResultsList(), DomainToWire::dataCollectionResult),
        value.callSuccessful().value(),
        value.transcriptSummary(),
        value.callSummaryTitle().orElse(null),
        list(value.scoped(), DomainToWire::scopedAnalysis),
        boxed(value.callSuccessScore()));
  }

  static VisitedAgentDto visitedAgent(VisitedAgent value) {
    return new VisitedAgentDto(
        value.agentId().value(),
        value.branchId().orElse(null));
  }

  static AsrOverrideDto asrOverride(AsrOverride value) {
    return new AsrOverrideDto(
        list(value.keywords(), Function.identity()));
  }

  static SoftTimeoutOverrideDto softTimeoutOverride(SoftTimeoutOverride value) {
    return new SoftTimeoutOverrideDto(
        value.message().orElse(null));
  }

  static TurnOverrideDto turnOverride(TurnOverride value) {
    return new TurnOverrideDto(
        value.softTimeoutConfig().map(DomainToWire::softTimeoutOverride).orElse(null));
  }

  static TtsOverrideDto ttsOverride(TtsOverride value) {
    return new TtsOverrideDto(
        value.voiceId().orElse(null),
        boxed(value.stability()),
        boxed(value.speed()),
        boxed(value.similarityBoost()));
  }

  static ConversationOverrideDto conversationOverride(ConversationOverride value) {
    return new ConversationOverrideDto(
        value.textOnly().orElse(null));
  }

  static KnowledgeBaseRefDto knowledgeBaseRef(KnowledgeBaseRef value) {
    return new KnowledgeBaseRefDto(
        value.type().value(),
        value.name(),
        value.id(),
        value.usageMode().value());
  }

  static PromptOverrideDto promptOverride(PromptOverride value) {
    return new PromptOverrideDto(
        value.prompt().orElse(null),
        value.llm().map(OpenVocabulary::value).orElse(null),
        list(value.toolIds(), Function.identity()),
        list(value.nativeMcpServerIds(), Function.identity()),
        list(value.knowledgeBase(), DomainToWire::knowledgeBaseRef));
  }

  static AgentOverrideDto agentOverride(AgentOverride value) {
    return new AgentOverrideDto(
        value.firstMessage().orElse(null),
        value.language().orElse(null),
        value.maxConversationDurationMessage().orElse(null),
        value.prompt().map(DomainToWire::promptOverride).orElse(null));
  }

  static ConfigOverrideDto configOverride(ConfigOverride value) {
    return new ConfigOverrideDto(
        value.asr().map(DomainToWire::asrOverride).orElse(null),
        value.turn().map(DomainToWire::turnOverride).orElse(null),
        value.tts().map(DomainToWire::ttsOverride).orElse(null),
        value.conversation().map(DomainToWire::conversationOverride).orElse(null),
        value.agent().map(DomainToWire::agentOverride).orElse(null));
  }

  static InitiationSourceInfoDto initiationSourceInfo(InitiationSourceInfo value) {
    return new InitiationSourceInfoDto(
        value.source().map(OpenVocabulary::value).orElse(null),
        value.version().orElse(null));
  }

  static InitiationClientDataDto initiationClientData(InitiationClientData value) {
    return new InitiationClientDataDto(
        value.conversationConfigOverride().map(DomainToWire::configOverride).orElse(null),
        map(value.customLlmExtraBody(), Function.identity()),
        value.userId().orElse(null),
        value.sourceInfo().map(DomainToWire::initiationSourceInfo).orElse(null),
        value.branchId().orElse(null),
        value.environment().orElse(null),
        value.startingWorkflowNodeId().orElse(null),
        map(value.dynamicVariables(), Function.identity()));
  }

  static AgentMetadataDto agentMetadata(AgentMetadata value) {
    return new AgentMetadataDto(
        value.agentId().value(),
        value.branchId().orElse(null),
        value.workflowNodeId().orElse(null),
        value.versionId().orElse(null));
  }

  static MultivoicePartDto multivoicePart(MultivoicePart value) {
    return new MultivoicePartDto(
        value.text(),
        value.voiceLabel().orElse(null),
        boxed(value.timeInCallSecs()));
  }

  static MultivoiceMessageDto multivoiceMessage(MultivoiceMessage value) {
    return new MultivoiceMessageDto(
        list(value.parts(), DomainToWire::multivoicePart));
  }

  static WebhookToolDetailsDto webhookToolDetails(WebhookToolDetails value) {
    return new WebhookToolDetailsDto(
        "webhook",
        value.method(),
        value.url(),
        map(value.headers(), Function.identity()),
        map(value.pathParams(), Function.identity()),
        map(value.queryParams(), Function.identity()),
        value.body().orElse(null));
  }

  static WebhookCallDetailsDto webhookCallDetails(WebhookToolDetails value) {
    return new WebhookCallDetailsDto(
        value.method(),
        value.url(),
        map(value.headers(), Function.identity()),
        map(value.pathParams(), Function.identity()),
        map(value.queryParams(), Function.identity()),
        value.body().orElse(null));
  }

  static ApiIntegrationWebhookToolDetailsDto apiIntegrationWebhookToolDetails(ApiIntegrationWebhookToolDetails value) {
    return new ApiIntegrationWebhookToolDetailsDto(
        "api_integration_webhook",
        value.integrationId(),
        value.credentialId(),
        value.integrationConnectionId(),
        webhookCallDetails(value.webhookDetails()));
  }

  static ClientToolDetailsDto clientToolDetails(ClientToolDetails value) {
    return new ClientToolDetailsDto(
        "client",
        value.parameters());
  }

  static McpToolDetailsDto mcpToolDetails(McpToolDetails value) {
    return new McpToolDetailsDto(
        "mcp",
        value.mcpServerId(),
        value.mcpServerName(),
        value.integrationType(),
        map(value.parameters(), Function.identity()),
        value.approvalPolicy(),
        value.requiresApproval(),
        value.mcpToolName(),
        value.mcpToolDescription());
  }

  static ToolCallDto toolCall(ToolCall value) {
    return new ToolCallDto(
        value.type().map(OpenVocabulary::value).orElse(null),
        value.requestId(),
        value.toolName(),
        value.paramsAsJson(),
        value.toolHasBeenCalled(),
        value.toolDetails().map(DomainToWire::toolDetails).orElse(null));
  }

  static DynamicVariableUpdateDto dynamicVariableUpdate(DynamicVariableUpdate value) {
    return new DynamicVariableUpdateDto(
        value.variableName(),
        value.oldValue().orElse(null),
        value.newValue(),
        value.updatedAt(),
        value.toolName(),
        value.toolRequestId());
  }

  static OtherToolResultDto otherToolResult(OtherToolResult value) {
    return new OtherToolResultDto(
        value.requestId(),
        value.toolName(),
        value.resultValue(),
        value.isError(),
        value.isBlocked(),
        value.toolHasBeenCalled(),
        value.toolLatencySecs(),
        value.errorType(),
        value.rawErrorMessage(),
        list(value.dynamicVariableUpdates(), DomainToWire::dynamicVariableUpdate),
        value.type().map(OpenVocabulary::value).orElse(null));
  }

  static DefaultBranchInfoDto defaultBranchInfo(DefaultBranchInfo value) {
    return new DefaultBranchInfoDto(
        "defaulting_to_main",
        value.branchId());
  }

  static TrafficSplitBranchInfoDto trafficSplitBranchInfo(TrafficSplitBranchInfo value) {
    return new TrafficSplitBranchInfoDto(
        "traffic_split",
        value.branchId(),
        value.trafficPercentage());
  }

  static EndCallOutcomeDto endCallOutcome(EndCallOutcome value) {
    return new EndCallOutcomeDto(
        "end_call_success",
        value.status(),
        value.reason().orElse(null),
        value.message().orElse(null));
  }

  static KnowledgeBaseRagOutcomeDto knowledgeBaseRagOutcome(KnowledgeBaseRagOutcome value) {
    return new KnowledgeBaseRagOutcomeDto(
        "knowledge_base_rag_success",
        value.status().value(),
        value.chunkCount(),
        value.message());
  }

  static LanguageDetectionOutcomeDto languageDetectionOutcome(LanguageDetectionOutcome value) {
    return new LanguageDetectionOutcomeDto(
        "language_detection_success",
        value.status(),
        value.reason().orElse(null),
        value.language().orElse(null));
  }

  static PlayDtmfErrorOutcomeDto playDtmfErrorOutcome(PlayDtmfErrorOutcome value) {
    return new PlayDtmfErrorOutcomeDto(
        "play_dtmf_error",
        value.status(),
        value.error(),
        value.details().orElse(null));
  }

  static PlayDtmfSuccessOutcomeDto playDtmfSuccessOutcome(PlayDtmfSuccessOutcome value) {
    return new PlayDtmfSuccessOutcomeDto(
        "play_dtmf_success",
        value.status(),
        value.dtmfTones(),
        value.reason().orElse(null));
  }

  static SkipTurnOutcomeDto skipTurnOutcome(SkipTurnOutcome value) {
    return new SkipTurnOutcomeDto(
        "skip_turn_success",
        value.status(),
        value.reason().orElse(null));
  }

  static TestToolOutcomeDto testToolOutcome(TestToolOutcome value) {
    return new TestToolOutcomeDto(
        "testing_tool_result",
        value.status(),
        value.reason());
  }

  static TransferToAgentErrorOutcomeDto transferToAgentErrorOutcome(TransferToAgentErrorOutcome value) {
    return new TransferToAgentErrorOutcomeDto(
        "transfer_to_agent_error",
        value.status(),
        value.fromAgent(),
        value.error());
  }

  static TransferToAgentSuccessOutcomeDto transferToAgentSuccessOutcome(TransferToAgentSuccessOutcome value) {
    return new TransferToAgentSuccessOutcomeDto(
        "transfer_to_agent_success",
        value.status(),
        value.fromAgent(),
        value.toAgent(),
        value.toNode().orElse(null),
        value.condition(),
        value.delayMs(),
        value.transferMessage().orElse(null),
        value.enableTransferredAgentFirstMessage(),
        value.branchInfo().map(DomainToWire::transferBranchInfo).orElse(null));
  }

  static TransferToNumberErrorOutcomeDto transferToNumberErrorOutcome(TransferToNumberErrorOutcome value) {
    return new TransferToNumberErrorOutcomeDto(
        "transfer_to_number_error",
        value.status(),
        value.error(),
        value.details().orElse(null));
  }

  static TransferToNumberExotelSuccessOutcomeDto transferToNumberExotelSuccessOutcome(TransferToNumberExotelSuccessOutcome value) {
    return new TransferToNumberExotelSuccessOutcomeDto(
        "transfer_to_number_exotel_success",
        value.status(),
        value.transferNumber(),
        value.reason().orElse(null),
        value.note().orElse(null));
  }

  static TransferToNumberSipSuccessOutcomeDto transferToNumberSipSuccessOutcome(TransferToNumberSipSuccessOutcome value) {
    return new TransferToNumberSipSuccessOutcomeDto(
        "transfer_to_number_sip_success",
        value.status(),
        value.transferNumber(),
        value.reason().orElse(null),
        value.note().orElse(null));
  }

  static TransferToNumberTwilioSuccessOutcomeDto transferToNumberTwilioSuccessOutcome(TransferToNumberTwilioSuccessOutcome value) {
    return new TransferToNumberTwilioSuccessOutcomeDto(
        "transfer_to_number_twilio_success",
        value.status(),
        value.transferNumber(),
        value.reason().orElse(null),
        value.clientMessage().orElse(null),
        value.agentMessage(),
        value.conferenceName(),
        value.postDialDigits().orElse(null),
        value.note().orElse(null));
  }

  static VoicemailDetectionOutcomeDto voicemailDetectionOutcome(VoicemailDetectionOutcome value) {
    return new VoicemailDetectionOutcomeDto(
        "voicemail_detection_success",
        value.status(),
        value.voicemailMessage().orElse(null),
        value.reason().orElse(null));
  }

  static SystemToolResultDto systemToolResult(SystemToolResult value) {
    return new SystemToolResultDto(
        "system",
        value.requestId(),
        value.toolName(),
        value.resultValue(),
        value.isError(),
        value.isBlocked(),
        value.toolHasBeenCalled(),
        value.toolLatencySecs(),
        value.errorType(),
        value.rawErrorMessage(),
        list(value.dynamicVariableUpdates(), DomainToWire::dynamicVariableUpdate),
        value.result().map(DomainToWire::systemToolOutcome).orElse(null));
  }

  static ApiIntegrationWebhookToolResultDto apiIntegrationWebhookToolResult(ApiIntegrationWebhookToolResult value) {
    return new ApiIntegrationWebhookToolResultDto(
        "api_integration_webhook",
        value.requestId(),
        value.toolName(),
        value.resultValue(),
        value.isError(),
        value.isBlocked(),
        value.toolHasBeenCalled(),
        value.toolLatencySecs(),
        value.errorType(),
        value.rawErrorMessage(),
        list(value.dynamicVariableUpdates(), DomainToWire::dynamicVariableUpdate),
        value.integrationId(),
        value.credentialId(),
        value.integrationConnectionId());
  }

  static EdgeStepDto edgeStep(EdgeStep value) {
    return new EdgeStepDto(
        "edge",
        value.stepLatencySecs(),
        value.edgeId(),
        value.targetNodeId());
  }

  static MaxIterationsExceededStepDto maxIterationsExceededStep(MaxIterationsExceededStep value) {
    return new MaxIterationsExceededStepDto(
        "max_iterations_exceeded",
        value.stepLatencySecs(),
        value.maxIterations());
  }

  static NestedToolsStepDto nestedToolsStep(NestedToolsStep value) {
    return new NestedToolsStepDto(
        "nested_tools",
        value.stepLatencySecs(),
        value.nodeId(),
        list(value.requests(), DomainToWire::toolCall),
        list(value.results(), DomainToWire::toolResult),
        value.isSuccessful());
  }

  static WorkflowOutcomeDto workflowOutcome(WorkflowOutcome value) {
    return new WorkflowOutcomeDto(
        list(value.steps(), DomainToWire::workflowStep));
  }

  static WorkflowToolResultDto workflowToolResult(WorkflowToolResult value) {
    return new WorkflowToolResultDto(
        "workflow",
        value.requestId(),
        value.toolName(),
        value.resultValue(),
        value.isError(),
        value.isBlocked(),
        value.toolHasBeenCalled(),
        value.toolLatencySecs(),
        value.errorType(),
        value.rawErrorMessage(),
        list(value.dynamicVariableUpdates(), DomainToWire::dynamicVariableUpdate),
        value.result().map(DomainToWire::workflowOutcome).orElse(null));
  }

  static TurnFeedbackDto turnFeedback(TurnFeedback value) {
    return new TurnFeedbackDto(
        value.score().value(),
        value.timeInCallSecs());
  }

  static TurnMetricDto turnMetric(TurnMetric value) {
    return new TurnMetricDto(
        value.elapsedTime());
  }

  static TurnMetricsDto turnMetrics(TurnMetrics value) {
    return new TurnMetricsDto(
        map(value.metrics(), DomainToWire::turnMetric),
        value.convaiAsrProvider().orElse(null),
        value.convaiTtsModel().orElse(null),
        value.convaiTtsCascade().orElse(null));
  }

  static RagChunkDto ragChunk(RagChunk value) {
    return new RagChunkDto(
        value.documentId(),
        value.chunkId(),
        value.vectorDistance());
  }

  static RagRetrievalInfoDto ragRetrievalInfo(RagRetrievalInfo value) {
    return new RagRetrievalInfoDto(
        list(value.chunks(), DomainToWire::ragChunk),
        value.embeddingModel().value(),
        value.retrievalQuery(),
        value.ragLatencySecs(),
        list(value.usedChunkIds(), Function.identity()));
  }

  static FileInputDto fileInput(FileInput value) {
    return new FileInputDto(
        value.fileId(),
        value.originalFilename(),
        value.mimeType(),
        value.fileUrl());
  }

  static ContextualUpdateInfoDto contextualUpdateInfo(ContextualUpdateInfo value) {
    return new ContextualUpdateInfoDto(
        value.contextId(),
        value.isSuperseded());
  }

  static TranscriptEntryDto transcriptEntry(TranscriptEntry value) {
    return new TranscriptEntryDto(
        value.role().value(),
        value.agentMetadata().map(DomainToWire::agentMetadata).orElse(null),
        value.message().orElse(null),
        value.multivoiceMessage().map(DomainToWire::multivoiceMessage).orElse(null),
        list(value.toolCalls(), DomainToWire::toolCall),
        list(value.toolResults(), DomainToWire::toolResult),
        value.feedback().map(DomainToWire::turnFeedback).orElse(null),
        value.llmOverride().orElse(null),
        value.timeInCallSecs(),
        value.conversationTurnMetrics().map(DomainToWire::turnMetrics).orElse(null),
        value.ragRetrievalInfo().map(DomainToWire::ragRetrievalInfo).orElse(null),
        value.llmUsage().map(DomainToWire::llmUsage).orElse(null),
        value.interrupted(),
        value.originalMessage().orElse(null),
        value.sourceMedium().map(OpenVocabulary::value).orElse(null),
        boxed(value.sourceEventId()),
        list(value.usedStaticKbDocumentIds(), Function.identity()),
        value.fileInput().map(DomainToWire::fileInput).orElse(null),
        value.contextualUpdateInfo().map(DomainToWire::contextualUpdateInfo).orElse(null),
        list(value.reasoning(), Function.identity()),
        value.userIdentifier().orElse(null),
        value.reasoned().orElse(null));
  }

  static ConversationDto conversation(Conversation value) {
    return new ConversationDto(
        value.agentId().value(),
        value.agentName().orElse(null),
        value.conversationProduct(),
        value.status().value(),
        value.userId().orElse(null),
        value.branchId().orElse(null),
        value.versionId().orElse(null),
        conversationMetadata(value.metadata()),
        value.analysis().map(DomainToWire::analysis).orElse(null),
        list(value.visitedAgents(), DomainToWire::visitedAgent),
        value.conversationInitiationClientData().map(DomainToWire::initiationClientData).orElse(null),
        value.environment(),
        value.conversationId().value(),
        value.hasAudio().orElse(null),
        value.hasUserAudio().orElse(null),
        value.hasResponseAudio().orElse(null),
        list(value.transcript(), DomainToWire::transcriptEntry),
        list(value.tagIds(), Function.identity()),
        map(value.otlpTraces(), Function.identity()),
        value.hasAuxiliaryAudio().orElse(null));
  }

  static PhoneCallDto phoneCall(PhoneCall value) {
    if (value instanceof ExotelPhoneCall) {
      return exotelPhoneCall((ExotelPhoneCall) value);
    }
    if (value instanceof SipTrunkingPhoneCall) {
      return sipTrunkingPhoneCall((SipTrunkingPhoneCall) value);
    }
    if (value instanceof TwilioPhoneCall) {
      return twilioPhoneCall((TwilioPhoneCall) value);
    }
    UnknownPhoneCall unknown = (UnknownPhoneCall) value;
    Map<String, JsonValue> properties = new LinkedHashMap<>(unknown.properties());
    unknown.type().ifPresent(discriminator -> properties.putIfAbsent("type", JsonValue.of(discriminator)));
    return new UnknownPhoneCallDto(properties);
  }

  static ToolDetailsDto toolDetails(ToolDetails value) {
    if (value instanceof ApiIntegrationWebhookToolDetails) {
      return apiIntegrationWebhookToolDetails((ApiIntegrationWebhookToolDetails) value);
    }
    if (value instanceof ClientToolDetails) {
      return clientToolDetails((ClientToolDetails) value);
    }
    if (value instanceof McpToolDetails) {
      return mcpToolDetails((McpToolDetails) value);
    }
    if (value instanceof WebhookToolDetails) {
      return webhookToolDetails((WebhookToolDetails) value);
    }
    UnknownToolDetails unknown = (UnknownToolDetails) value;
    Map<String, JsonValue> properties = new LinkedHashMap<>(unknown.properties());
    unknown.type().ifPresent(discriminator -> properties.putIfAbsent("type", JsonValue.of(discriminator)));
    return new UnknownToolDetailsDto(properties);
  }

  static TransferBranchInfoDto transferBranchInfo(TransferBranchInfo value) {
    if (value instanceof DefaultBranchInfo) {
      return defaultBranchInfo((DefaultBranchInfo) value);
    }
    if (value instanceof TrafficSplitBranchInfo) {
      return trafficSplitBranchInfo((TrafficSplitBranchInfo) value);
    }
    UnknownBranchInfo unknown = (UnknownBranchInfo) value;
    Map<String, JsonValue> properties = new LinkedHashMap<>(unknown.properties());
    unknown.branchReason().ifPresent(discriminator -> properties.putIfAbsent("branch_reason", JsonValue.of(discriminator)));
    return new UnknownBranchInfoDto(properties);
  }

  static SystemToolOutcomeDto systemToolOutcome(SystemToolOutcome value) {
    if (value instanceof EndCallOutcome) {
      return endCallOutcome((EndCallOutcome) value);
    }
    if (value instanceof KnowledgeBaseRagOutcome) {
      return knowledgeBaseRagOutcome((KnowledgeBaseRagOutcome) value);
    }
    if (value instanceof LanguageDetectionOutcome) {
      return languageDetectionOutcome((LanguageDetectionOutcome) value);
    }
    if (value instanceof PlayDtmfErrorOutcome) {
      return playDtmfErrorOutcome((PlayDtmfErrorOutcome) value);
    }
    if (value instanceof PlayDtmfSuccessOutcome) {
      return playDtmfSuccessOutcome((PlayDtmfSuccessOutcome) value);
    }
    if (value instanceof SkipTurnOutcome) {
      return skipTurnOutcome((SkipTurnOutcome) value);
    }
    if (value instanceof TestToolOutcome) {
      return testToolOutcome((TestToolOutcome) value);
    }
    if (value instanceof TransferToAgentErrorOutcome) {
      return transferToAgentErrorOutcome((TransferToAgentErrorOutcome) value);
    }
    if (value instanceof TransferToAgentSuccessOutcome) {
      return transferToAgentSuccessOutcome((TransferToAgentSuccessOutcome) value);
    }
    if (value instanceof TransferToNumberErrorOutcome) {
      return transferToNumberErrorOutcome((TransferToNumberErrorOutcome) value);
    }
    if (value instanceof TransferToNumberExotelSuccessOutcome) {
      return transferToNumberExotelSuccessOutcome((TransferToNumberExotelSuccessOutcome) value);
    }
    if (value instanceof TransferToNumberSipSuccessOutcome) {
      return transferToNumberSipSuccessOutcome((TransferToNumberSipSuccessOutcome) value);
    }
    if (value instanceof TransferToNumberTwilioSuccessOutcome) {
      return transferToNumberTwilioSuccessOutcome((TransferToNumberTwilioSuccessOutcome) value);
    }
    if (value instanceof VoicemailDetectionOutcome) {
      return voicemailDetectionOutcome((VoicemailDetectionOutcome) value);
    }
    UnknownSystemToolOutcome unknown = (UnknownSystemToolOutcome) value;
    Map<String, JsonValue> properties = new LinkedHashMap<>(unknown.properties());
    unknown.resultType().ifPresent(discriminator -> properties.putIfAbsent("result_type", JsonValue.of(discriminator)));
    return new UnknownSystemToolOutcomeDto(properties);
  }

  static ToolResultDto toolResult(ToolResult value) {
    if (value instanceof SystemToolResult) {
      return systemToolResult((SystemToolResult) value);
    }
    if (value instanceof ApiIntegrationWebhookToolResult) {
      return apiIntegrationWebhookToolResult((ApiIntegrationWebhookToolResult) value);
    }
    if (value instanceof WorkflowToolResult) {
      return workflowToolResult((WorkflowToolResult) value);
    }
    return otherToolResult((OtherToolResult) value);
  }

  static WorkflowStepDto workflowStep(WorkflowStep value) {
    if (value instanceof EdgeStep) {
      return edgeStep((EdgeStep) value);
    }
    if (value instanceof MaxIterationsExceededStep) {
      return maxIterationsExceededStep((MaxIterationsExceededStep) value);
    }
    if (value instanceof NestedToolsStep) {
      return nestedToolsStep((NestedToolsStep) value);
    }
    UnknownWorkflowStep unknown = (UnknownWorkflowStep) value;
    Map<String, JsonValue> properties = new LinkedHashMap<>(unknown.properties());
    unknown.type().ifPresent(discriminator -> properties.putIfAbsent("type", JsonValue.of(discriminator)));
    return new UnknownWorkflowStepDto(properties);
  }

  private static <S, T> List<T> list(List<S> values, Function<? super S, ? extends T> encoder) {
    List<T> out = new ArrayList<>(values.size());
    for (S value : values) {
      out.add(encoder.apply(value));
    }
    return out;
  }

  private static <S, T> Map<String, T> map(Map<String, S> values, Function<? super S, ? extends T> encoder) {
    Map<String, T> out = new LinkedHashMap<>();
    values.forEach((key, value) -> out.put(key, encoder.apply(value)));
    return out;
  }

  private static Long boxed(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }

  private static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
