package dev.convai.adapter.http;

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
import dev.convai.transcript.ImmutableWebhookToolDetails;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Arbitrary domain values for property tests: every type of the model, every member set or left
 * out at random, unknown members on any object, every union variant including the unknown ones,
 * open vocabularies with known and unknown values, integers over the whole {@code long} range and
 * exact "any type" numbers. The same seed gives the same values.
 */
final class ArbitraryConversations {

  private static final int MAX_DEPTH = 6;

  private final Random random;

  ArbitraryConversations(long seed) {
    this.random = new Random(seed);
  }

  Conversation next() {
    return conversation(0);
  }

  DeletionSettings deletionSettings(int depth) {
    var builder = DeletionSettings.builder();
    if (present(depth)) {
      builder.deletionTimeUnixSecs(random.nextLong());
    }
    if (present(depth)) {
      builder.deletedLogsAtTimeUnixSecs(random.nextLong());
    }
    if (present(depth)) {
      builder.deletedAudioAtTimeUnixSecs(random.nextLong());
    }
    if (present(depth)) {
      builder.deletedTranscriptAtTimeUnixSecs(random.nextLong());
    }
    if (random.nextBoolean()) {
      builder.deleteTranscriptAndPii(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      builder.deleteAudio(random.nextBoolean());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  ConversationFeedback conversationFeedback(int depth) {
    var builder = ConversationFeedback.builder();
    if (present(depth)) {
      builder.type(vocabulary(FeedbackType::of, FeedbackType.knownValues()));
    }
    if (present(depth)) {
      builder.overallScore(vocabulary(FeedbackScore::of, FeedbackScore.knownValues()));
    }
    if (random.nextBoolean()) {
      builder.likes(random.nextLong());
    }
    if (random.nextBoolean()) {
      builder.dislikes(random.nextLong());
    }
    if (present(depth)) {
      builder.rating(random.nextLong());
    }
    if (present(depth)) {
      builder.comment(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  TokenUsage tokenUsage(int depth) {
    var builder = TokenUsage.builder();
    if (random.nextBoolean()) {
      builder.tokens(random.nextLong());
    }
    if (random.nextBoolean()) {
      builder.price(number());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  ModelTokenUsage modelTokenUsage(int depth) {
    var builder = ModelTokenUsage.builder();
    if (present(depth)) {
      builder.input(tokenUsage(depth + 1));
    }
    if (present(depth)) {
      builder.inputCacheRead(tokenUsage(depth + 1));
    }
    if (present(depth)) {
      builder.inputCacheWrite(tokenUsage(depth + 1));
    }
    if (present(depth)) {
      builder.outputTotal(tokenUsage(depth + 1));
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  LlmUsage llmUsage(int depth) {
    var builder = LlmUsage.builder();
    builder.modelUsage(map(depth, () -> modelTokenUsage(depth + 1)));
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  LlmChargingUsage llmChargingUsage(int depth) {
    var builder = LlmChargingUsage.builder();
    if (present(depth)) {
      builder.irreversibleGeneration(llmUsage(depth + 1));
    }
    if (present(depth)) {
      builder.initiatedGeneration(llmUsage(depth + 1));
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  VoiceUsage voiceUsage(int depth) {
    var builder = VoiceUsage.builder();
    builder.voiceId(text());
    if (random.nextBoolean()) {
      builder.audioOutputSeconds(number());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  TtsUsage ttsUsage(int depth) {
    var builder = TtsUsage.builder();
    if (present(depth)) {
      builder.primaryTtsModel(text());
    }
    if (random.nextBoolean()) {
      builder.totalAudioOutputSeconds(number());
    }
    if (random.nextBoolean()) {
      builder.totalCharacters(random.nextLong());
    }
    builder.perVoiceUsage(list(depth, () -> voiceUsage(depth + 1)));
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  AsrUsage asrUsage(int depth) {
    var builder = AsrUsage.builder();
    if (present(depth)) {
      builder.asrModel(text());
    }
    if (random.nextBoolean()) {
      builder.totalTranscriptionCalls(random.nextLong());
    }
    if (random.nextBoolean()) {
      builder.totalAudioInputSeconds(number());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  Charging charging(int depth) {
    var builder = Charging.builder();
    if (random.nextBoolean()) {
      builder.devDiscount(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      builder.isBurst(random.nextBoolean());
    }
    if (present(depth)) {
      builder.tier(text());
    }
    if (present(depth)) {
      builder.llmUsage(llmChargingUsage(depth + 1));
    }
    if (present(depth)) {
      builder.llmPrice(number());
    }
    if (present(depth)) {
      builder.llmCharge(random.nextLong());
    }
    if (present(depth)) {
      builder.callCharge(random.nextLong());
    }
    if (random.nextBoolean()) {
      builder.freeMinutesConsumed(number());
    }
    if (random.nextBoolean()) {
      builder.freeLlmDollarsConsumed(number());
    }
    if (present(depth)) {
      builder.ttsUsage(ttsUsage(depth + 1));
    }
    if (present(depth)) {
      builder.asrUsage(asrUsage(depth + 1));
    }
    if (present(depth)) {
      builder.platformCharge(random.nextLong());
    }
    if (present(depth)) {
      builder.platformUsage(platformUsage(depth + 1));
    }
    if (present(depth)) {
      builder.platformPrice(number());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  PlatformUsage platformUsage(int depth) {
    var builder = PlatformUsage.builder();
    builder.categoryUsage(map(depth, () -> platformCategoryUsage(depth + 1)));
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  PlatformCategoryUsage platformCategoryUsage(int depth) {
    var builder = PlatformCategoryUsage.builder();
    if (present(depth)) {
      builder.credits(random.nextLong());
    }
    if (present(depth)) {
      builder.price(number());
    }
    if (present(depth)) {
      builder.quantity(number());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  ExotelPhoneCall exotelPhoneCall(int depth) {
    var builder = ExotelPhoneCall.builder();
    builder.direction(vocabulary(TelephonyDirection::of, TelephonyDirection.knownValues()));
    builder.phoneNumberId(text());
    builder.agentNumber(text());
    builder.externalNumber(text());
    builder.streamSid(text());
    builder.callSid(text());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  SipTrunkingPhoneCall sipTrunkingPhoneCall(int depth) {
    var builder = SipTrunkingPhoneCall.builder();
    builder.direction(vocabulary(TelephonyDirection::of, TelephonyDirection.knownValues()));
    builder.phoneNumberId(text());
    builder.agentNumber(text());
    builder.externalNumber(text());
    if (present(depth)) {
      builder.callId(text());
    }
    builder.callSid(text());
    builder.sipHeaderDynamicVariables(map(depth, () -> text()));
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  TwilioPhoneCall twilioPhoneCall(int depth) {
    var builder = TwilioPhoneCall.builder();
    builder.direction(vocabulary(TelephonyDirection::of, TelephonyDirection.knownValues()));
    builder.phoneNumberId(text());
    builder.agentNumber(text());
    builder.externalNumber(text());
    builder.streamSid(text());
    builder.callSid(text());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  BatchCall batchCall(int depth) {
    var builder = BatchCall.builder();
    builder.batchCallId(text());
    builder.batchCallRecipientId(text());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  ConversationError conversationError(int depth) {
    var builder = ConversationError.builder();
    builder.code(random.nextLong());
    if (present(depth)) {
      builder.reason(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  RagUsage ragUsage(int depth) {
    var builder = RagUsage.builder();
    builder.usageCount(random.nextLong());
    builder.embeddingModel(text());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  FeatureStatus featureStatus(int depth) {
    var builder = FeatureStatus.builder();
    if (random.nextBoolean()) {
      builder.enabled(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      builder.used(random.nextBoolean());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  WorkflowFeaturesUsage workflowFeaturesUsage(int depth) {
    var builder = WorkflowFeaturesUsage.builder();
    if (random.nextBoolean()) {
      builder.enabled(random.nextBoolean());
    }
    if (present(depth)) {
      builder.toolNode(featureStatus(depth + 1));
    }
    if (present(depth)) {
      builder.standaloneAgentNode(featureStatus(depth + 1));
    }
    if (present(depth)) {
      builder.phoneNumberNode(featureStatus(depth + 1));
    }
    if (present(depth)) {
      builder.endNode(featureStatus(depth + 1));
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  AgentTestingUsage agentTestingUsage(int depth) {
    var builder = AgentTestingUsage.builder();
    if (random.nextBoolean()) {
      builder.enabled(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      builder.testsRanAfterLastModification(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      builder.testsRanInLast7Days(random.nextBoolean());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  FeaturesUsage featuresUsage(int depth) {
    var builder = FeaturesUsage.builder();
    if (present(depth)) {
      builder.languageDetection(featureStatus(depth + 1));
    }
    if (present(depth)) {
      builder.transferToAgent(featureStatus(depth + 1));
    }
    if (present(depth)) {
      builder.transferToNumber(featureStatus(depth + 1));
    }
    if (present(depth)) {
      builder.multivoice(featureStatus(depth + 1));
    }
    if (present(depth)) {
      builder.dtmfTones(featureStatus(depth + 1));
    }
    if (present(depth)) {
      builder.externalMcpServers(featureStatus(depth + 1));
    }
    if (random.nextBoolean()) {
      builder.piiZrmWorkspace(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      builder.piiZrmAgent(random.nextBoolean());
    }
    if (present(depth)) {
      builder.toolDynamicVariableUpdates(featureStatus(depth + 1));
    }
    if (random.nextBoolean()) {
      builder.isLivekit(random.nextBoolean());
    }
    if (present(depth)) {
      builder.voicemailDetection(featureStatus(depth + 1));
    }
    if (present(depth)) {
      builder.dtmfInput(featureStatus(depth + 1));
    }
    if (present(depth)) {
      builder.workflow(workflowFeaturesUsage(depth + 1));
    }
    if (present(depth)) {
      builder.agentTesting(agentTestingUsage(depth + 1));
    }
    if (present(depth)) {
      builder.versioning(featureStatus(depth + 1));
    }
    if (present(depth)) {
      builder.fileInput(featureStatus(depth + 1));
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  ElevenAssistantInfo elevenAssistantInfo(int depth) {
    var builder = ElevenAssistantInfo.builder();
    if (random.nextBoolean()) {
      builder.isElevenAssistant(random.nextBoolean());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  AsyncMetadata asyncMetadata(int depth) {
    var builder = AsyncMetadata.builder();
    builder.deliveryStatus(vocabulary(AsyncDeliveryStatus::of, AsyncDeliveryStatus.knownValues()));
    builder.deliveryTimestamp(random.nextLong());
    if (present(depth)) {
      builder.deliveryError(text());
    }
    builder.externalSystem(text());
    builder.externalId(text());
    if (present(depth)) {
      builder.externalLink(text());
    }
    if (random.nextBoolean()) {
      builder.retryCount(random.nextLong());
    }
    if (present(depth)) {
      builder.lastRetryTimestamp(random.nextLong());
    }
    if (present(depth)) {
      builder.lastProcessedExternalMessageId(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  WhatsAppInfo whatsAppInfo(int depth) {
    var builder = WhatsAppInfo.builder();
    if (random.nextBoolean()) {
      builder.direction(vocabulary(WhatsAppDirection::of, WhatsAppDirection.knownValues()));
    }
    if (present(depth)) {
      builder.whatsappPhoneNumberId(text());
    }
    builder.whatsappUserId(text());
    if (present(depth)) {
      builder.awaitingFirstUserMessage(random.nextBoolean());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  SmsInfo smsInfo(int depth) {
    var builder = SmsInfo.builder();
    builder.direction(vocabulary(SmsDirection::of, SmsDirection.knownValues()));
    if (present(depth)) {
      builder.phoneNumberId(text());
    }
    builder.smsUserPhoneNumber(text());
    if (present(depth)) {
      builder.agentPhoneNumber(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  VoiceReward voiceReward(int depth) {
    var builder = VoiceReward.builder();
    builder.voiceId(text());
    builder.rewardUsdCents(number());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  ConversationMetadata conversationMetadata(int depth) {
    var builder = ConversationMetadata.builder();
    builder.startTimeUnixSecs(random.nextLong());
    if (present(depth)) {
      builder.acceptedTimeUnixSecs(random.nextLong());
    }
    builder.callDurationSecs(random.nextLong());
    if (present(depth)) {
      builder.cost(random.nextLong());
    }
    if (present(depth)) {
      builder.deletionSettings(deletionSettings(depth + 1));
    }
    if (present(depth)) {
      builder.feedback(conversationFeedback(depth + 1));
    }
    if (random.nextBoolean()) {
      builder.authorizationMethod(vocabulary(AuthorizationMethod::of, AuthorizationMethod.knownValues()));
    }
    if (present(depth)) {
      builder.charging(charging(depth + 1));
    }
    if (present(depth)) {
      builder.phoneCall(phoneCall(depth + 1));
    }
    if (present(depth)) {
      builder.batchCall(batchCall(depth + 1));
    }
    if (random.nextBoolean()) {
      builder.terminationReason(text());
    }
    if (present(depth)) {
      builder.error(conversationError(depth + 1));
    }
    builder.warnings(list(depth, () -> text()));
    if (present(depth)) {
      builder.mainLanguage(text());
    }
    if (present(depth)) {
      builder.ragUsage(ragUsage(depth + 1));
    }
    if (random.nextBoolean()) {
      builder.textOnly(random.nextBoolean());
    }
    if (present(depth)) {
      builder.featuresUsage(featuresUsage(depth + 1));
    }
    if (present(depth)) {
      builder.elevenAssistant(elevenAssistantInfo(depth + 1));
    }
    if (present(depth)) {
      builder.initiatorId(text());
    }
    if (random.nextBoolean()) {
      builder.conversationInitiationSource(vocabulary(InitiationSource::of, InitiationSource.knownValues()));
    }
    if (present(depth)) {
      builder.conversationInitiationSourceVersion(text());
    }
    if (present(depth)) {
      builder.timezone(text());
    }
    if (present(depth)) {
      builder.asyncMetadata(asyncMetadata(depth + 1));
    }
    if (present(depth)) {
      builder.whatsapp(whatsAppInfo(depth + 1));
    }
    if (present(depth)) {
      builder.sms(smsInfo(depth + 1));
    }
    if (random.nextBoolean()) {
      builder.agentCreatedFrom(vocabulary(AgentDefinitionSource::of, AgentDefinitionSource.knownValues()));
    }
    if (random.nextBoolean()) {
      builder.agentLastUpdatedFrom(vocabulary(AgentDefinitionSource::of, AgentDefinitionSource.knownValues()));
    }
    builder.voiceRewards(list(depth, () -> voiceReward(depth + 1)));
    if (present(depth)) {
      builder.costFiat(number());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  CriterionResult criterionResult(int depth) {
    var builder = CriterionResult.builder();
    builder.criteriaId(text());
    builder.result(vocabulary(Verdict::of, Verdict.knownValues()));
    builder.rationale(text());
    if (present(depth)) {
      builder.scoringMode(vocabulary(ScoringMode::of, ScoringMode.knownValues()));
    }
    if (present(depth)) {
      builder.score(random.nextLong());
    }
    if (present(depth)) {
      builder.maxScore(random.nextLong());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  DataCollectionSchema dataCollectionSchema(int depth) {
    var builder = DataCollectionSchema.builder();
    builder.type(vocabulary(SchemaValueType::of, SchemaValueType.knownValues()));
    if (random.nextBoolean()) {
      builder.description(text());
    }
    builder.enumValues(list(depth, () -> text()));
    if (random.nextBoolean()) {
      builder.isSystemProvided(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      builder.dynamicVariable(text());
    }
    if (random.nextBoolean()) {
      builder.constantValue(json(depth + 1));
    }
    if (random.nextBoolean()) {
      builder.isOmitted(random.nextBoolean());
    }
    if (present(depth)) {
      builder.allowedValuesDynamicVariable(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  DataCollectionResult dataCollectionResult(int depth) {
    var builder = DataCollectionResult.builder();
    builder.dataCollectionId(text());
    if (present(depth)) {
      builder.value(nonNullJson(depth + 1));
    }
    if (present(depth)) {
      builder.jsonSchema(dataCollectionSchema(depth + 1));
    }
    builder.rationale(text());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  ScopedAnalysis scopedAnalysis(int depth) {
    var builder = ScopedAnalysis.builder();
    builder.scope(vocabulary(AnalysisScope::of, AnalysisScope.knownValues()));
    builder.sourceAgentId(AgentId.of(text()));
    if (present(depth)) {
      builder.sourceBranchId(text());
    }
    builder.evaluationCriteriaResults(map(depth, () -> criterionResult(depth + 1)));
    builder.dataCollectionResults(map(depth, () -> dataCollectionResult(depth + 1)));
    builder.successful(vocabulary(Verdict::of, Verdict.knownValues()));
    if (present(depth)) {
      builder.successScore(number());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  Analysis analysis(int depth) {
    var builder = Analysis.builder();
    builder.evaluationCriteriaResults(map(depth, () -> criterionResult(depth + 1)));
    builder.dataCollectionResults(map(depth, () -> dataCollectionResult(depth + 1)));
    builder.evaluationCriteriaResultsList(list(depth, () -> criterionResult(depth + 1)));
    builder.dataCollectionResultsList(list(depth, () -> dataCollectionResult(depth + 1)));
    builder.callSuccessful(vocabulary(Verdict::of, Verdict.knownValues()));
    builder.transcriptSummary(text());
    if (present(depth)) {
      builder.callSummaryTitle(text());
    }
    builder.scoped(list(depth, () -> scopedAnalysis(depth + 1)));
    if (present(depth)) {
      builder.callSuccessScore(number());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  VisitedAgent visitedAgent(int depth) {
    var builder = VisitedAgent.builder();
    builder.agentId(AgentId.of(text()));
    if (present(depth)) {
      builder.branchId(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  AsrOverride asrOverride(int depth) {
    var builder = AsrOverride.builder();
    builder.keywords(list(depth, () -> text()));
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  SoftTimeoutOverride softTimeoutOverride(int depth) {
    var builder = SoftTimeoutOverride.builder();
    if (present(depth)) {
      builder.message(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  TurnOverride turnOverride(int depth) {
    var builder = TurnOverride.builder();
    if (present(depth)) {
      builder.softTimeoutConfig(softTimeoutOverride(depth + 1));
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  TtsOverride ttsOverride(int depth) {
    var builder = TtsOverride.builder();
    if (present(depth)) {
      builder.voiceId(text());
    }
    if (present(depth)) {
      builder.stability(number());
    }
    if (present(depth)) {
      builder.speed(number());
    }
    if (present(depth)) {
      builder.similarityBoost(number());
    }
    if (present(depth)) {
      builder.modelId(vocabulary(TtsModel::of, TtsModel.knownValues()));
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  ConversationOverride conversationOverride(int depth) {
    var builder = ConversationOverride.builder();
    if (present(depth)) {
      builder.textOnly(random.nextBoolean());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  KnowledgeBaseRef knowledgeBaseRef(int depth) {
    var builder = KnowledgeBaseRef.builder();
    builder.type(vocabulary(KnowledgeBaseDocumentType::of, KnowledgeBaseDocumentType.knownValues()));
    builder.name(text());
    builder.id(text());
    if (random.nextBoolean()) {
      builder.usageMode(vocabulary(DocumentUsageMode::of, DocumentUsageMode.knownValues()));
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  PromptOverride promptOverride(int depth) {
    var builder = PromptOverride.builder();
    if (present(depth)) {
      builder.prompt(text());
    }
    if (present(depth)) {
      builder.llm(vocabulary(LlmModel::of, LlmModel.knownValues()));
    }
    builder.toolIds(list(depth, () -> text()));
    builder.nativeMcpServerIds(list(depth, () -> text()));
    builder.knowledgeBase(list(depth, () -> knowledgeBaseRef(depth + 1)));
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  AgentOverride agentOverride(int depth) {
    var builder = AgentOverride.builder();
    if (present(depth)) {
      builder.firstMessage(text());
    }
    if (present(depth)) {
      builder.language(text());
    }
    if (present(depth)) {
      builder.maxConversationDurationMessage(text());
    }
    if (present(depth)) {
      builder.prompt(promptOverride(depth + 1));
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  ConfigOverride configOverride(int depth) {
    var builder = ConfigOverride.builder();
    if (present(depth)) {
      builder.asr(asrOverride(depth + 1));
    }
    if (present(depth)) {
      builder.turn(turnOverride(depth + 1));
    }
    if (present(depth)) {
      builder.tts(ttsOverride(depth + 1));
    }
    if (present(depth)) {
      builder.conversation(conversationOverride(depth + 1));
    }
    if (present(depth)) {
      builder.agent(agentOverride(depth + 1));
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  InitiationSourceInfo initiationSourceInfo(int depth) {
    var builder = InitiationSourceInfo.builder();
    if (present(depth)) {
      builder.source(vocabulary(InitiationSource::of, InitiationSource.knownValues()));
    }
    if (present(depth)) {
      builder.version(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  InitiationClientData initiationClientData(int depth) {
    var builder = InitiationClientData.builder();
    if (present(depth)) {
      builder.conversationConfigOverride(configOverride(depth + 1));
    }
    builder.customLlmExtraBody(map(depth, () -> json(depth + 1)));
    if (present(depth)) {
      builder.userId(text());
    }
    if (present(depth)) {
      builder.sourceInfo(initiationSourceInfo(depth + 1));
    }
    if (present(depth)) {
      builder.branchId(text());
    }
    if (present(depth)) {
      builder.environment(text());
    }
    if (present(depth)) {
      builder.startingWorkflowNodeId(text());
    }
    builder.dynamicVariables(map(depth, () -> json(depth + 1)));
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  AgentMetadata agentMetadata(int depth) {
    var builder = AgentMetadata.builder();
    builder.agentId(AgentId.of(text()));
    if (present(depth)) {
      builder.branchId(text());
    }
    if (present(depth)) {
      builder.workflowNodeId(text());
    }
    if (present(depth)) {
      builder.versionId(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  MultivoicePart multivoicePart(int depth) {
    var builder = MultivoicePart.builder();
    builder.text(text());
    if (present(depth)) {
      builder.voiceLabel(text());
    }
    if (present(depth)) {
      builder.timeInCallSecs(random.nextLong());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  MultivoiceMessage multivoiceMessage(int depth) {
    var builder = MultivoiceMessage.builder();
    builder.parts(list(depth, () -> multivoicePart(depth + 1)));
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  WebhookToolDetails webhookToolDetails(int depth) {
    var builder = WebhookToolDetails.builder();
    builder.method(text());
    builder.url(text());
    builder.headers(map(depth, () -> text()));
    builder.pathParams(map(depth, () -> text()));
    builder.queryParams(map(depth, () -> text()));
    if (present(depth)) {
      builder.body(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  ApiIntegrationWebhookToolDetails apiIntegrationWebhookToolDetails(int depth) {
    var builder = ApiIntegrationWebhookToolDetails.builder();
    if (random.nextBoolean()) {
      builder.integrationId(text());
    }
    if (random.nextBoolean()) {
      builder.credentialId(text());
    }
    if (random.nextBoolean()) {
      builder.integrationConnectionId(text());
    }
    WebhookToolDetails details = webhookToolDetails(depth + 1);
    builder.webhookDetails(
        present(depth) ? ImmutableWebhookToolDetails.copyOf(details).withWebhookDetailsType(text()) : details);
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  ClientToolDetails clientToolDetails(int depth) {
    var builder = ClientToolDetails.builder();
    builder.parameters(text());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  McpToolDetails mcpToolDetails(int depth) {
    var builder = McpToolDetails.builder();
    builder.mcpServerId(text());
    builder.mcpServerName(text());
    builder.integrationType(text());
    builder.parameters(map(depth, () -> text()));
    builder.approvalPolicy(text());
    if (random.nextBoolean()) {
      builder.requiresApproval(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      builder.mcpToolName(text());
    }
    if (random.nextBoolean()) {
      builder.mcpToolDescription(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  ToolCall toolCall(int depth) {
    var builder = ToolCall.builder();
    if (present(depth)) {
      builder.type(vocabulary(ToolType::of, ToolType.knownValues()));
    }
    builder.requestId(text());
    builder.toolName(text());
    builder.paramsAsJson(text());
    builder.toolHasBeenCalled(random.nextBoolean());
    if (present(depth)) {
      builder.toolDetails(toolDetails(depth + 1));
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  DynamicVariableUpdate dynamicVariableUpdate(int depth) {
    var builder = DynamicVariableUpdate.builder();
    builder.variableName(text());
    if (present(depth)) {
      builder.oldValue(text());
    }
    builder.newValue(text());
    builder.updatedAt(number());
    builder.toolName(text());
    builder.toolRequestId(text());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  OtherToolResult otherToolResult(int depth) {
    var builder = OtherToolResult.builder();
    builder.requestId(text());
    builder.toolName(text());
    builder.resultValue(text());
    builder.isError(random.nextBoolean());
    if (random.nextBoolean()) {
      builder.isBlocked(random.nextBoolean());
    }
    builder.toolHasBeenCalled(random.nextBoolean());
    if (random.nextBoolean()) {
      builder.toolLatencySecs(number());
    }
    if (random.nextBoolean()) {
      builder.errorType(text());
    }
    if (random.nextBoolean()) {
      builder.rawErrorMessage(text());
    }
    builder.dynamicVariableUpdates(list(depth, () -> dynamicVariableUpdate(depth + 1)));
    if (random.nextBoolean()) {
      builder.type(otherToolResultType());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  DefaultBranchInfo defaultBranchInfo(int depth) {
    var builder = DefaultBranchInfo.builder();
    builder.branchId(text());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  TrafficSplitBranchInfo trafficSplitBranchInfo(int depth) {
    var builder = TrafficSplitBranchInfo.builder();
    builder.branchId(text());
    builder.trafficPercentage(number());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  EndCallOutcome endCallOutcome(int depth) {
    var builder = EndCallOutcome.builder();
    if (random.nextBoolean()) {
      builder.status(text());
    }
    if (present(depth)) {
      builder.reason(text());
    }
    if (present(depth)) {
      builder.message(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  KnowledgeBaseRagOutcome knowledgeBaseRagOutcome(int depth) {
    var builder = KnowledgeBaseRagOutcome.builder();
    if (random.nextBoolean()) {
      builder.status(vocabulary(RagToolStatus::of, RagToolStatus.knownValues()));
    }
    if (random.nextBoolean()) {
      builder.chunkCount(random.nextLong());
    }
    if (random.nextBoolean()) {
      builder.message(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  LanguageDetectionOutcome languageDetectionOutcome(int depth) {
    var builder = LanguageDetectionOutcome.builder();
    if (random.nextBoolean()) {
      builder.status(text());
    }
    if (present(depth)) {
      builder.reason(text());
    }
    if (present(depth)) {
      builder.language(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  PlayDtmfErrorOutcome playDtmfErrorOutcome(int depth) {
    var builder = PlayDtmfErrorOutcome.builder();
    if (random.nextBoolean()) {
      builder.status(text());
    }
    builder.error(text());
    if (present(depth)) {
      builder.details(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  PlayDtmfSuccessOutcome playDtmfSuccessOutcome(int depth) {
    var builder = PlayDtmfSuccessOutcome.builder();
    if (random.nextBoolean()) {
      builder.status(text());
    }
    builder.dtmfTones(text());
    if (present(depth)) {
      builder.reason(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  SkipTurnOutcome skipTurnOutcome(int depth) {
    var builder = SkipTurnOutcome.builder();
    if (random.nextBoolean()) {
      builder.status(text());
    }
    if (present(depth)) {
      builder.reason(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  TestToolOutcome testToolOutcome(int depth) {
    var builder = TestToolOutcome.builder();
    if (random.nextBoolean()) {
      builder.status(text());
    }
    if (random.nextBoolean()) {
      builder.reason(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  TransferToAgentErrorOutcome transferToAgentErrorOutcome(int depth) {
    var builder = TransferToAgentErrorOutcome.builder();
    if (random.nextBoolean()) {
      builder.status(text());
    }
    builder.fromAgent(text());
    builder.error(text());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  TransferToAgentSuccessOutcome transferToAgentSuccessOutcome(int depth) {
    var builder = TransferToAgentSuccessOutcome.builder();
    if (random.nextBoolean()) {
      builder.status(text());
    }
    builder.fromAgent(text());
    builder.toAgent(text());
    if (present(depth)) {
      builder.toNode(text());
    }
    builder.condition(text());
    if (random.nextBoolean()) {
      builder.delayMs(random.nextLong());
    }
    if (present(depth)) {
      builder.transferMessage(text());
    }
    if (random.nextBoolean()) {
      builder.enableTransferredAgentFirstMessage(random.nextBoolean());
    }
    if (present(depth)) {
      builder.branchInfo(transferBranchInfo(depth + 1));
    }
    if (present(depth)) {
      builder.preserveClientTtsOverrides(random.nextBoolean());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  TransferToNumberErrorOutcome transferToNumberErrorOutcome(int depth) {
    var builder = TransferToNumberErrorOutcome.builder();
    if (random.nextBoolean()) {
      builder.status(text());
    }
    builder.error(text());
    if (present(depth)) {
      builder.details(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  TransferToNumberExotelSuccessOutcome transferToNumberExotelSuccessOutcome(int depth) {
    var builder = TransferToNumberExotelSuccessOutcome.builder();
    if (random.nextBoolean()) {
      builder.status(text());
    }
    builder.transferNumber(text());
    if (present(depth)) {
      builder.reason(text());
    }
    if (present(depth)) {
      builder.note(text());
    }
    if (present(depth)) {
      builder.agentMessage(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  TransferToNumberSipSuccessOutcome transferToNumberSipSuccessOutcome(int depth) {
    var builder = TransferToNumberSipSuccessOutcome.builder();
    if (random.nextBoolean()) {
      builder.status(text());
    }
    builder.transferNumber(text());
    if (present(depth)) {
      builder.reason(text());
    }
    if (present(depth)) {
      builder.note(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  TransferToNumberTwilioSuccessOutcome transferToNumberTwilioSuccessOutcome(int depth) {
    var builder = TransferToNumberTwilioSuccessOutcome.builder();
    if (random.nextBoolean()) {
      builder.status(text());
    }
    builder.transferNumber(text());
    if (present(depth)) {
      builder.reason(text());
    }
    if (present(depth)) {
      builder.clientMessage(text());
    }
    builder.agentMessage(text());
    builder.conferenceName(text());
    if (present(depth)) {
      builder.postDialDigits(text());
    }
    if (present(depth)) {
      builder.note(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  VoicemailDetectionOutcome voicemailDetectionOutcome(int depth) {
    var builder = VoicemailDetectionOutcome.builder();
    if (random.nextBoolean()) {
      builder.status(text());
    }
    if (present(depth)) {
      builder.voicemailMessage(text());
    }
    if (present(depth)) {
      builder.reason(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  SystemToolResult systemToolResult(int depth) {
    var builder = SystemToolResult.builder();
    builder.requestId(text());
    builder.toolName(text());
    builder.resultValue(text());
    builder.isError(random.nextBoolean());
    if (random.nextBoolean()) {
      builder.isBlocked(random.nextBoolean());
    }
    builder.toolHasBeenCalled(random.nextBoolean());
    if (random.nextBoolean()) {
      builder.toolLatencySecs(number());
    }
    if (random.nextBoolean()) {
      builder.errorType(text());
    }
    if (random.nextBoolean()) {
      builder.rawErrorMessage(text());
    }
    builder.dynamicVariableUpdates(list(depth, () -> dynamicVariableUpdate(depth + 1)));
    if (present(depth)) {
      builder.result(systemToolOutcome(depth + 1));
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  ApiIntegrationWebhookToolResult apiIntegrationWebhookToolResult(int depth) {
    var builder = ApiIntegrationWebhookToolResult.builder();
    builder.requestId(text());
    builder.toolName(text());
    builder.resultValue(text());
    builder.isError(random.nextBoolean());
    if (random.nextBoolean()) {
      builder.isBlocked(random.nextBoolean());
    }
    builder.toolHasBeenCalled(random.nextBoolean());
    if (random.nextBoolean()) {
      builder.toolLatencySecs(number());
    }
    if (random.nextBoolean()) {
      builder.errorType(text());
    }
    if (random.nextBoolean()) {
      builder.rawErrorMessage(text());
    }
    builder.dynamicVariableUpdates(list(depth, () -> dynamicVariableUpdate(depth + 1)));
    if (random.nextBoolean()) {
      builder.integrationId(text());
    }
    if (random.nextBoolean()) {
      builder.credentialId(text());
    }
    if (random.nextBoolean()) {
      builder.integrationConnectionId(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  EdgeStep edgeStep(int depth) {
    var builder = EdgeStep.builder();
    builder.stepLatencySecs(number());
    builder.edgeId(text());
    builder.targetNodeId(text());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  MaxIterationsExceededStep maxIterationsExceededStep(int depth) {
    var builder = MaxIterationsExceededStep.builder();
    builder.stepLatencySecs(number());
    builder.maxIterations(random.nextLong());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  NestedToolsStep nestedToolsStep(int depth) {
    var builder = NestedToolsStep.builder();
    builder.stepLatencySecs(number());
    builder.nodeId(text());
    builder.requests(list(depth, () -> toolCall(depth + 1)));
    builder.results(list(depth, () -> toolResult(depth + 1)));
    builder.isSuccessful(random.nextBoolean());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  WorkflowOutcome workflowOutcome(int depth) {
    var builder = WorkflowOutcome.builder();
    builder.steps(list(depth, () -> workflowStep(depth + 1)));
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  WorkflowToolResult workflowToolResult(int depth) {
    var builder = WorkflowToolResult.builder();
    builder.requestId(text());
    builder.toolName(text());
    builder.resultValue(text());
    builder.isError(random.nextBoolean());
    if (random.nextBoolean()) {
      builder.isBlocked(random.nextBoolean());
    }
    builder.toolHasBeenCalled(random.nextBoolean());
    if (random.nextBoolean()) {
      builder.toolLatencySecs(number());
    }
    if (random.nextBoolean()) {
      builder.errorType(text());
    }
    if (random.nextBoolean()) {
      builder.rawErrorMessage(text());
    }
    builder.dynamicVariableUpdates(list(depth, () -> dynamicVariableUpdate(depth + 1)));
    if (present(depth)) {
      builder.result(workflowOutcome(depth + 1));
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  TurnFeedback turnFeedback(int depth) {
    var builder = TurnFeedback.builder();
    builder.score(vocabulary(FeedbackScore::of, FeedbackScore.knownValues()));
    builder.timeInCallSecs(random.nextLong());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  TurnMetric turnMetric(int depth) {
    var builder = TurnMetric.builder();
    builder.elapsedTime(number());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  TurnMetrics turnMetrics(int depth) {
    var builder = TurnMetrics.builder();
    builder.metrics(map(depth, () -> turnMetric(depth + 1)));
    if (present(depth)) {
      builder.convaiAsrProvider(text());
    }
    if (present(depth)) {
      builder.convaiTtsModel(text());
    }
    if (present(depth)) {
      builder.convaiTtsCascade(text());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  RagChunk ragChunk(int depth) {
    var builder = RagChunk.builder();
    builder.documentId(text());
    builder.chunkId(text());
    builder.vectorDistance(number());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  RagRetrievalInfo ragRetrievalInfo(int depth) {
    var builder = RagRetrievalInfo.builder();
    builder.chunks(list(depth, () -> ragChunk(depth + 1)));
    builder.embeddingModel(vocabulary(EmbeddingModel::of, EmbeddingModel.knownValues()));
    builder.retrievalQuery(text());
    builder.ragLatencySecs(number());
    builder.usedChunkIds(list(depth, () -> text()));
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  FileInput fileInput(int depth) {
    var builder = FileInput.builder();
    builder.fileId(text());
    builder.originalFilename(text());
    builder.mimeType(text());
    builder.fileUrl(text());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  ContextualUpdateInfo contextualUpdateInfo(int depth) {
    var builder = ContextualUpdateInfo.builder();
    builder.contextId(text());
    if (random.nextBoolean()) {
      builder.isSuperseded(random.nextBoolean());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  TranscriptEntry transcriptEntry(int depth) {
    var builder = TranscriptEntry.builder();
    builder.role(vocabulary(Role::of, Role.knownValues()));
    if (present(depth)) {
      builder.agentMetadata(agentMetadata(depth + 1));
    }
    if (present(depth)) {
      builder.message(text());
    }
    if (present(depth)) {
      builder.multivoiceMessage(multivoiceMessage(depth + 1));
    }
    builder.toolCalls(list(depth, () -> toolCall(depth + 1)));
    builder.toolResults(list(depth, () -> toolResult(depth + 1)));
    if (present(depth)) {
      builder.feedback(turnFeedback(depth + 1));
    }
    if (present(depth)) {
      builder.llmOverride(text());
    }
    builder.timeInCallSecs(random.nextLong());
    if (present(depth)) {
      builder.conversationTurnMetrics(turnMetrics(depth + 1));
    }
    if (present(depth)) {
      builder.ragRetrievalInfo(ragRetrievalInfo(depth + 1));
    }
    if (present(depth)) {
      builder.llmUsage(llmUsage(depth + 1));
    }
    if (random.nextBoolean()) {
      builder.interrupted(random.nextBoolean());
    }
    if (present(depth)) {
      builder.originalMessage(text());
    }
    if (present(depth)) {
      builder.sourceMedium(vocabulary(SourceMedium::of, SourceMedium.knownValues()));
    }
    if (present(depth)) {
      builder.sourceEventId(random.nextLong());
    }
    builder.usedStaticKbDocumentIds(list(depth, () -> text()));
    if (present(depth)) {
      builder.fileInput(fileInput(depth + 1));
    }
    if (present(depth)) {
      builder.contextualUpdateInfo(contextualUpdateInfo(depth + 1));
    }
    if (present(depth)) {
      builder.ignoredAsBackchannel(random.nextBoolean());
    }
    builder.reasoning(list(depth, () -> reasoning(depth + 1)));
    if (present(depth)) {
      builder.userIdentifier(text());
    }
    if (present(depth)) {
      builder.reasoned(random.nextBoolean());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  Reasoning reasoning(int depth) {
    var builder = Reasoning.builder();
    if (present(depth)) {
      builder.summary(text());
    }
    if (present(depth)) {
      builder.providerRedact(random.nextBoolean());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  RunSubagentErrorOutcome runSubagentErrorOutcome(int depth) {
    var builder = RunSubagentErrorOutcome.builder();
    if (present(depth)) {
      builder.status(text());
    }
    builder.error(text());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  RunSubagentSuccessOutcome runSubagentSuccessOutcome(int depth) {
    var builder = RunSubagentSuccessOutcome.builder();
    if (present(depth)) {
      builder.status(text());
    }
    builder.query(text());
    builder.agentResponse(text());
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  Conversation conversation(int depth) {
    var builder = Conversation.builder();
    builder.agentId(AgentId.of(text()));
    if (present(depth)) {
      builder.agentName(text());
    }
    if (random.nextBoolean()) {
      builder.conversationProduct(text());
    }
    builder.status(vocabulary(ConversationStatus::of, ConversationStatus.knownValues()));
    if (present(depth)) {
      builder.userId(text());
    }
    if (present(depth)) {
      builder.branchId(text());
    }
    if (present(depth)) {
      builder.versionId(text());
    }
    builder.metadata(conversationMetadata(depth + 1));
    if (present(depth)) {
      builder.analysis(analysis(depth + 1));
    }
    builder.visitedAgents(list(depth, () -> visitedAgent(depth + 1)));
    if (present(depth)) {
      builder.conversationInitiationClientData(initiationClientData(depth + 1));
    }
    if (random.nextBoolean()) {
      builder.environment(text());
    }
    builder.conversationId(ConversationId.of(id()));
    if (present(depth)) {
      builder.hasAudio(random.nextBoolean());
    }
    if (present(depth)) {
      builder.hasUserAudio(random.nextBoolean());
    }
    if (present(depth)) {
      builder.hasResponseAudio(random.nextBoolean());
    }
    builder.transcript(list(depth, () -> transcriptEntry(depth + 1)));
    builder.tagIds(list(depth, () -> text()));
    builder.otlpTraces(map(depth, () -> json(depth + 1)));
    if (present(depth)) {
      builder.hasAuxiliaryAudio(random.nextBoolean());
    }
    builder.unknownMembers(unknownMembers(depth));
    return builder.build();
  }

  PhoneCall phoneCall(int depth) {
    List<Supplier<PhoneCall>> variants = List.of(
        () -> exotelPhoneCall(depth),
        () -> sipTrunkingPhoneCall(depth),
        () -> twilioPhoneCall(depth),
        () -> unknownPhoneCall(depth));
    return variants.get(random.nextInt(variants.size())).get();
  }

  UnknownPhoneCall unknownPhoneCall(int depth) {
    String tag = "future_" + Integer.toHexString(random.nextInt());
    Map<String, JsonValue> properties = new LinkedHashMap<>();
    properties.put("type", JsonValue.of(tag));
    for (int i = count(depth); i > 0; i--) {
      properties.put("member_" + i, json(depth + 1));
    }
    return UnknownPhoneCall.builder().type(tag).properties(properties).build();
  }

  ToolDetails toolDetails(int depth) {
    List<Supplier<ToolDetails>> variants = List.of(
        () -> apiIntegrationWebhookToolDetails(depth),
        () -> clientToolDetails(depth),
        () -> mcpToolDetails(depth),
        () -> webhookToolDetails(depth),
        () -> unknownToolDetails(depth));
    return variants.get(random.nextInt(variants.size())).get();
  }

  UnknownToolDetails unknownToolDetails(int depth) {
    String tag = "future_" + Integer.toHexString(random.nextInt());
    Map<String, JsonValue> properties = new LinkedHashMap<>();
    properties.put("type", JsonValue.of(tag));
    for (int i = count(depth); i > 0; i--) {
      properties.put("member_" + i, json(depth + 1));
    }
    return UnknownToolDetails.builder().type(tag).properties(properties).build();
  }

  TransferBranchInfo transferBranchInfo(int depth) {
    List<Supplier<TransferBranchInfo>> variants = List.of(
        () -> defaultBranchInfo(depth),
        () -> trafficSplitBranchInfo(depth),
        () -> unknownBranchInfo(depth));
    return variants.get(random.nextInt(variants.size())).get();
  }

  UnknownBranchInfo unknownBranchInfo(int depth) {
    String tag = "future_" + Integer.toHexString(random.nextInt());
    Map<String, JsonValue> properties = new LinkedHashMap<>();
    properties.put("branch_reason", JsonValue.of(tag));
    for (int i = count(depth); i > 0; i--) {
      properties.put("member_" + i, json(depth + 1));
    }
    return UnknownBranchInfo.builder().branchReason(tag).properties(properties).build();
  }

  SystemToolOutcome systemToolOutcome(int depth) {
    List<Supplier<SystemToolOutcome>> variants = List.of(
        () -> endCallOutcome(depth),
        () -> knowledgeBaseRagOutcome(depth),
        () -> languageDetectionOutcome(depth),
        () -> playDtmfErrorOutcome(depth),
        () -> playDtmfSuccessOutcome(depth),
        () -> runSubagentErrorOutcome(depth),
        () -> runSubagentSuccessOutcome(depth),
        () -> skipTurnOutcome(depth),
        () -> testToolOutcome(depth),
        () -> transferToAgentErrorOutcome(depth),
        () -> transferToAgentSuccessOutcome(depth),
        () -> transferToNumberErrorOutcome(depth),
        () -> transferToNumberExotelSuccessOutcome(depth),
        () -> transferToNumberSipSuccessOutcome(depth),
        () -> transferToNumberTwilioSuccessOutcome(depth),
        () -> voicemailDetectionOutcome(depth),
        () -> unknownSystemToolOutcome(depth));
    return variants.get(random.nextInt(variants.size())).get();
  }

  UnknownSystemToolOutcome unknownSystemToolOutcome(int depth) {
    String tag = "future_" + Integer.toHexString(random.nextInt());
    Map<String, JsonValue> properties = new LinkedHashMap<>();
    properties.put("result_type", JsonValue.of(tag));
    for (int i = count(depth); i > 0; i--) {
      properties.put("member_" + i, json(depth + 1));
    }
    return UnknownSystemToolOutcome.builder().resultType(tag).properties(properties).build();
  }

  ToolResult toolResult(int depth) {
    List<Supplier<ToolResult>> variants = List.of(
        () -> otherToolResult(depth),
        () -> systemToolResult(depth),
        () -> apiIntegrationWebhookToolResult(depth),
        () -> workflowToolResult(depth));
    return variants.get(random.nextInt(variants.size())).get();
  }

  WorkflowStep workflowStep(int depth) {
    List<Supplier<WorkflowStep>> variants = List.of(
        () -> edgeStep(depth),
        () -> maxIterationsExceededStep(depth),
        () -> nestedToolsStep(depth),
        () -> unknownWorkflowStep(depth));
    return variants.get(random.nextInt(variants.size())).get();
  }

  UnknownWorkflowStep unknownWorkflowStep(int depth) {
    String tag = "future_" + Integer.toHexString(random.nextInt());
    Map<String, JsonValue> properties = new LinkedHashMap<>();
    properties.put("type", JsonValue.of(tag));
    for (int i = count(depth); i > 0; i--) {
      properties.put("member_" + i, json(depth + 1));
    }
    return UnknownWorkflowStep.builder().type(tag).properties(properties).build();
  }

  /**
   * Members no schema names, as a newer API would send them: none most of the time (the common
   * case), otherwise a few with "any type" values.
   */
  Map<String, JsonValue> unknownMembers(int depth) {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    if (random.nextInt(3) == 0) {
      for (int i = count(depth) + 1; i > 0; i--) {
        members.put("x_future_" + Integer.toHexString(random.nextInt()), json(depth + 1));
      }
    }
    return members;
  }

  private boolean present(int depth) {
    return depth < MAX_DEPTH && random.nextInt(3) > 0;
  }

  private int count(int depth) {
    return depth >= MAX_DEPTH ? 0 : random.nextInt(3);
  }

  private <T> List<T> list(int depth, Supplier<T> element) {
    List<T> out = new ArrayList<>();
    for (int i = count(depth); i > 0; i--) {
      out.add(element.get());
    }
    return out;
  }

  private <T> Map<String, T> map(int depth, Supplier<T> value) {
    Map<String, T> out = new LinkedHashMap<>();
    for (int i = count(depth); i > 0; i--) {
      out.put(text(), value.get());
    }
    return out;
  }

  private static final String[] ALPHABET = {
    "a", "Z", "0", " ", "_", "-", "\"", "\\", "/", "\n", "\t", "é", "ż", "த", "中", "😀", "\u0000", "\u007f"
  };

  private String text() {
    StringBuilder out = new StringBuilder();
    for (int i = random.nextInt(8); i > 0; i--) {
      out.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return out.toString();
  }

  private String id() {
    return "conv_" + Long.toHexString(random.nextLong()) + (random.nextBoolean() ? "" : "/ü?#%");
  }

  private double number() {
    switch (random.nextInt(4)) {
      case 0:
        return random.nextInt(1000);
      case 1:
        return random.nextDouble();
      case 2:
        return Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL) * (random.nextBoolean() ? 1 : -1);
      default:
        return -random.nextInt(10) / 8.0;
    }
  }

  private <V> V vocabulary(Function<String, V> of, Collection<V> known) {
    if (random.nextInt(4) == 0) {
      return of.apply("future-" + Integer.toHexString(random.nextInt()));
    }
    List<V> values = new ArrayList<>(known);
    return values.get(random.nextInt(values.size()));
  }

  // Types that would route the result to another variant are not "other" types.
  private OtherToolResultType otherToolResultType() {
    return vocabulary(OtherToolResultType::of, OtherToolResultType.knownValues());
  }

  private JsonValue nonNullJson(int depth) {
    JsonValue value = json(depth);
    return value.isNull() ? JsonValue.of(0) : value;
  }

  JsonValue json(int depth) {
    int kind = random.nextInt(depth >= MAX_DEPTH ? 4 : 6);
    switch (kind) {
      case 0:
        return JsonValue.nullValue();
      case 1:
        return JsonValue.of(random.nextBoolean());
      case 2:
        return text().isEmpty() ? JsonValue.of(random.nextLong()) : JsonValue.of(text());
      case 3:
        return random.nextBoolean()
            ? JsonValue.of(new BigDecimal(new java.math.BigInteger(80, random)).negate())
            : JsonValue.of(new BigDecimal(new java.math.BigInteger(70, random), random.nextInt(30) - 5));
      case 4:
        return JsonValue.array(list(depth + 1, () -> json(depth + 1)));
      default:
        return JsonValue.object(map(depth + 1, () -> json(depth + 1)));
    }
  }
}
