package dev.convai.conversation;

import dev.convai.channel.AsyncMetadata;
import dev.convai.channel.BatchCall;
import dev.convai.channel.PhoneCall;
import dev.convai.channel.SmsInfo;
import dev.convai.channel.WhatsAppInfo;
import dev.convai.initiation.InitiationSource;
import dev.convai.usage.Charging;
import dev.convai.usage.FeaturesUsage;
import dev.convai.usage.RagUsage;
import dev.convai.usage.VoiceReward;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Facts about the call itself: when it started and how long it lasted, cost and charging, the channel it came through, features used, errors and warnings.
 *
 * <p>Wire schema {@code ConversationHistoryMetadataCommonModel}.
 */
@Value.Immutable
public interface ConversationMetadata {

  /** Wire name {@code start_time_unix_secs}. */
  long startTimeUnixSecs();

  /** Wire name {@code accepted_time_unix_secs}; empty when absent or {@code null}. */
  OptionalLong acceptedTimeUnixSecs();

  /** Wire name {@code call_duration_secs}. */
  long callDurationSecs();

  /** Wire name {@code cost}; empty when absent or {@code null}. */
  OptionalLong cost();

  /** Wire name {@code deletion_settings}; empty when absent or {@code null}. */
  Optional<DeletionSettings> deletionSettings();

  /** Wire name {@code feedback}; empty when absent or {@code null}. */
  Optional<ConversationFeedback> feedback();

  /** Wire name {@code authorization_method}; {@code public} when absent. */
  @Value.Default
  default AuthorizationMethod authorizationMethod() {
    return AuthorizationMethod.PUBLIC;
  }

  /** Wire name {@code charging}; empty when absent or {@code null}. */
  Optional<Charging> charging();

  /** Wire name {@code phone_call}; empty when absent or {@code null}. */
  Optional<PhoneCall> phoneCall();

  /** Wire name {@code batch_call}; empty when absent or {@code null}. */
  Optional<BatchCall> batchCall();

  /** Wire name {@code termination_reason}; {@code ""} when absent. */
  @Value.Default
  default String terminationReason() {
    return "";
  }

  /** Wire name {@code error}; empty when absent or {@code null}. */
  Optional<ConversationError> error();

  /** Wire name {@code warnings}; empty when absent or {@code null}. */
  List<String> warnings();

  /** Wire name {@code main_language}; empty when absent or {@code null}. */
  Optional<String> mainLanguage();

  /** Wire name {@code rag_usage}; empty when absent or {@code null}. */
  Optional<RagUsage> ragUsage();

  /** Wire name {@code text_only}; {@code false} when absent. */
  @Value.Default
  default boolean textOnly() {
    return false;
  }

  /** Wire name {@code features_usage}; empty when absent or {@code null}. */
  Optional<FeaturesUsage> featuresUsage();

  /** Wire name {@code eleven_assistant}; empty when absent or {@code null}. */
  Optional<ElevenAssistantInfo> elevenAssistant();

  /** Wire name {@code initiator_id}; empty when absent or {@code null}. */
  Optional<String> initiatorId();

  /** Wire name {@code conversation_initiation_source}; {@code unknown} when absent. */
  @Value.Default
  default InitiationSource conversationInitiationSource() {
    return InitiationSource.UNKNOWN;
  }

  /** Wire name {@code conversation_initiation_source_version}; empty when absent or {@code null}. */
  Optional<String> conversationInitiationSourceVersion();

  /** Wire name {@code timezone}; empty when absent or {@code null}. */
  Optional<String> timezone();

  /** Wire name {@code async_metadata}; empty when absent or {@code null}. */
  Optional<AsyncMetadata> asyncMetadata();

  /** Wire name {@code whatsapp}; empty when absent or {@code null}. */
  Optional<WhatsAppInfo> whatsapp();

  /** Wire name {@code sms}; empty when absent or {@code null}. */
  Optional<SmsInfo> sms();

  /** Wire name {@code agent_created_from}; {@code unknown} when absent. */
  @Value.Default
  default AgentDefinitionSource agentCreatedFrom() {
    return AgentDefinitionSource.UNKNOWN;
  }

  /** Wire name {@code agent_last_updated_from}; {@code unknown} when absent. */
  @Value.Default
  default AgentDefinitionSource agentLastUpdatedFrom() {
    return AgentDefinitionSource.UNKNOWN;
  }

  /** Wire name {@code voice_rewards}; empty when absent or {@code null}. */
  List<VoiceReward> voiceRewards();

  /** When the call started; empty if the value is beyond what {@link Instant} holds. */
  default Optional<Instant> startTime() {
    return instant(startTimeUnixSecs());
  }

  /** When the call was accepted; empty if absent or beyond what {@link Instant} holds. */
  default Optional<Instant> acceptedTime() {
    return acceptedTimeUnixSecs().isPresent() ? instant(acceptedTimeUnixSecs().getAsLong()) : Optional.empty();
  }

  /** How long the call lasted. */
  default Duration callDuration() {
    return Duration.ofSeconds(callDurationSecs());
  }

  // Epoch seconds are kept raw; values outside Instant's range give no Instant rather than an error.
  private static Optional<Instant> instant(long epochSeconds) {
    try {
      return Optional.of(Instant.ofEpochSecond(epochSeconds));
    } catch (DateTimeException outOfRange) {
      return Optional.empty();
    }
  }

  /** A builder for this type. */
  static ImmutableConversationMetadata.Builder builder() {
    return ImmutableConversationMetadata.builder();
  }
}
