package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Wire form of {@code ConversationHistoryMetadataCommonModel}. */
final class ConversationMetadataDto extends WireObject {

  @JsonProperty("start_time_unix_secs") private Long startTimeUnixSecs;
  @JsonProperty("accepted_time_unix_secs") private Long acceptedTimeUnixSecs;
  @JsonProperty("call_duration_secs") private Long callDurationSecs;
  @JsonProperty("cost") private Long cost;
  @JsonProperty("deletion_settings") private DeletionSettingsDto deletionSettings;
  @JsonProperty("feedback") private ConversationFeedbackDto feedback;
  @JsonProperty("authorization_method") private String authorizationMethod;
  @JsonProperty("charging") private ChargingDto charging;
  @JsonProperty("phone_call") private PhoneCallDto phoneCall;
  @JsonProperty("batch_call") private BatchCallDto batchCall;
  @JsonProperty("termination_reason") private String terminationReason;
  @JsonProperty("error") private ConversationErrorDto error;
  @JsonProperty("warnings") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<String> warnings;
  @JsonProperty("main_language") private String mainLanguage;
  @JsonProperty("rag_usage") private RagUsageDto ragUsage;
  @JsonProperty("text_only") private Boolean textOnly;
  @JsonProperty("features_usage") private FeaturesUsageDto featuresUsage;
  @JsonProperty("eleven_assistant") private ElevenAssistantInfoDto elevenAssistant;
  @JsonProperty("initiator_id") private String initiatorId;
  @JsonProperty("conversation_initiation_source") private String conversationInitiationSource;
  @JsonProperty("conversation_initiation_source_version") private String conversationInitiationSourceVersion;
  @JsonProperty("timezone") private String timezone;
  @JsonProperty("async_metadata") private AsyncMetadataDto asyncMetadata;
  @JsonProperty("whatsapp") private WhatsAppInfoDto whatsapp;
  @JsonProperty("sms") private SmsInfoDto sms;
  @JsonProperty("agent_created_from") private String agentCreatedFrom;
  @JsonProperty("agent_last_updated_from") private String agentLastUpdatedFrom;
  @JsonProperty("voice_rewards") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<VoiceRewardDto> voiceRewards;
  @JsonProperty("cost_fiat") private Double costFiat;

  /** For Jackson, which sets the members it finds. */
  ConversationMetadataDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  ConversationMetadataDto(
      Long startTimeUnixSecs,
      Long acceptedTimeUnixSecs,
      Long callDurationSecs,
      Long cost,
      DeletionSettingsDto deletionSettings,
      ConversationFeedbackDto feedback,
      String authorizationMethod,
      ChargingDto charging,
      PhoneCallDto phoneCall,
      BatchCallDto batchCall,
      String terminationReason,
      ConversationErrorDto error,
      List<String> warnings,
      String mainLanguage,
      RagUsageDto ragUsage,
      Boolean textOnly,
      FeaturesUsageDto featuresUsage,
      ElevenAssistantInfoDto elevenAssistant,
      String initiatorId,
      String conversationInitiationSource,
      String conversationInitiationSourceVersion,
      String timezone,
      AsyncMetadataDto asyncMetadata,
      WhatsAppInfoDto whatsapp,
      SmsInfoDto sms,
      String agentCreatedFrom,
      String agentLastUpdatedFrom,
      List<VoiceRewardDto> voiceRewards,
      Double costFiat,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.startTimeUnixSecs = startTimeUnixSecs;
    this.acceptedTimeUnixSecs = acceptedTimeUnixSecs;
    this.callDurationSecs = callDurationSecs;
    this.cost = cost;
    this.deletionSettings = deletionSettings;
    this.feedback = feedback;
    this.authorizationMethod = authorizationMethod;
    this.charging = charging;
    this.phoneCall = phoneCall;
    this.batchCall = batchCall;
    this.terminationReason = terminationReason;
    this.error = error;
    this.warnings = warnings;
    this.mainLanguage = mainLanguage;
    this.ragUsage = ragUsage;
    this.textOnly = textOnly;
    this.featuresUsage = featuresUsage;
    this.elevenAssistant = elevenAssistant;
    this.initiatorId = initiatorId;
    this.conversationInitiationSource = conversationInitiationSource;
    this.conversationInitiationSourceVersion = conversationInitiationSourceVersion;
    this.timezone = timezone;
    this.asyncMetadata = asyncMetadata;
    this.whatsapp = whatsapp;
    this.sms = sms;
    this.agentCreatedFrom = agentCreatedFrom;
    this.agentLastUpdatedFrom = agentLastUpdatedFrom;
    this.voiceRewards = voiceRewards;
    this.costFiat = costFiat;
  }

  /** {@code start_time_unix_secs}; {@code 0} when absent (a required member). */
  public Long startTimeUnixSecs() {
    return startTimeUnixSecs == null ? 0L : startTimeUnixSecs;
  }

  /** {@code accepted_time_unix_secs}; {@code null} when absent. */
  public Long acceptedTimeUnixSecs() {
    return acceptedTimeUnixSecs;
  }

  /** {@code call_duration_secs}; {@code 0} when absent (a required member). */
  public Long callDurationSecs() {
    return callDurationSecs == null ? 0L : callDurationSecs;
  }

  /** {@code cost}; {@code null} when absent. */
  public Long cost() {
    return cost;
  }

  /** {@code deletion_settings}; {@code null} when absent. */
  public DeletionSettingsDto deletionSettings() {
    return deletionSettings;
  }

  /** {@code feedback}; {@code null} when absent. */
  public ConversationFeedbackDto feedback() {
    return feedback;
  }

  /** {@code authorization_method}; {@code null} when absent. */
  public String authorizationMethod() {
    return authorizationMethod;
  }

  /** {@code charging}; {@code null} when absent. */
  public ChargingDto charging() {
    return charging;
  }

  /** {@code phone_call}; {@code null} when absent. */
  public PhoneCallDto phoneCall() {
    return phoneCall;
  }

  /** {@code batch_call}; {@code null} when absent. */
  public BatchCallDto batchCall() {
    return batchCall;
  }

  /** {@code termination_reason}; {@code null} when absent. */
  public String terminationReason() {
    return terminationReason;
  }

  /** {@code error}; {@code null} when absent. */
  public ConversationErrorDto error() {
    return error;
  }

  /** {@code warnings}; {@code null} when absent. */
  public List<String> warnings() {
    return warnings;
  }

  /** {@code main_language}; {@code null} when absent. */
  public String mainLanguage() {
    return mainLanguage;
  }

  /** {@code rag_usage}; {@code null} when absent. */
  public RagUsageDto ragUsage() {
    return ragUsage;
  }

  /** {@code text_only}; {@code null} when absent. */
  public Boolean textOnly() {
    return textOnly;
  }

  /** {@code features_usage}; {@code null} when absent. */
  public FeaturesUsageDto featuresUsage() {
    return featuresUsage;
  }

  /** {@code eleven_assistant}; {@code null} when absent. */
  public ElevenAssistantInfoDto elevenAssistant() {
    return elevenAssistant;
  }

  /** {@code initiator_id}; {@code null} when absent. */
  public String initiatorId() {
    return initiatorId;
  }

  /** {@code conversation_initiation_source}; {@code null} when absent. */
  public String conversationInitiationSource() {
    return conversationInitiationSource;
  }

  /** {@code conversation_initiation_source_version}; {@code null} when absent. */
  public String conversationInitiationSourceVersion() {
    return conversationInitiationSourceVersion;
  }

  /** {@code timezone}; {@code null} when absent. */
  public String timezone() {
    return timezone;
  }

  /** {@code async_metadata}; {@code null} when absent. */
  public AsyncMetadataDto asyncMetadata() {
    return asyncMetadata;
  }

  /** {@code whatsapp}; {@code null} when absent. */
  public WhatsAppInfoDto whatsapp() {
    return whatsapp;
  }

  /** {@code sms}; {@code null} when absent. */
  public SmsInfoDto sms() {
    return sms;
  }

  /** {@code agent_created_from}; {@code null} when absent. */
  public String agentCreatedFrom() {
    return agentCreatedFrom;
  }

  /** {@code agent_last_updated_from}; {@code null} when absent. */
  public String agentLastUpdatedFrom() {
    return agentLastUpdatedFrom;
  }

  /** {@code voice_rewards}; {@code null} when absent. */
  public List<VoiceRewardDto> voiceRewards() {
    return voiceRewards;
  }

  /** {@code cost_fiat}; {@code null} when absent. */
  public Double costFiat() {
    return costFiat;
  }
}
