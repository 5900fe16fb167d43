package dev.convai.conversation;

import dev.convai.channel.AsyncMetadata;
import dev.convai.channel.BatchCall;
import dev.convai.channel.PhoneCall;
import dev.convai.channel.SmsInfo;
import dev.convai.channel.WhatsAppInfo;
import dev.convai.initiation.InitiationSource;
import dev.convai.json.Extensible;
import dev.convai.usage.Charging;
import dev.convai.usage.FeaturesUsage;
import dev.convai.usage.RagUsage;
import dev.convai.usage.VoiceReward;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Facts about the call itself: when it started and how long it lasted, cost and charging, the
 * channel it came through, features used, errors and warnings.
 *
 * <p>Wire schema {@code ConversationHistoryMetadataCommonModel}.
 */
@Value.Immutable
public interface ConversationMetadata extends Extensible {

  /**
   * Start time, in seconds since the Unix epoch, as sent. Wire name {@code start_time_unix_secs}.
   */
  long startTimeUnixSecs();

  /**
   * Accepted time, in seconds since the Unix epoch, as sent. Wire name {@code
   * accepted_time_unix_secs}; empty when absent or {@code null}.
   */
  OptionalLong acceptedTimeUnixSecs();

  /** Call duration, in seconds. Wire name {@code call_duration_secs}. */
  long callDurationSecs();

  /** Cost. Wire name {@code cost}; empty when absent or {@code null}. */
  OptionalLong cost();

  /**
   * Total fiat cost of the conversation in USD, i.e. the sum of the LLM price and the non-LLM
   * platform price (the fiat analogue of {@code cost}); empty when neither is set (e.g.
   * conversations that predate fiat cost tracking). Sent by the live API, absent from the
   * documented spec. Wire name {@code cost_fiat}; empty when absent or {@code null}.
   */
  OptionalDouble costFiat();

  /** Deletion settings. Wire name {@code deletion_settings}; empty when absent or {@code null}. */
  Optional<DeletionSettings> deletionSettings();

  /** Feedback. Wire name {@code feedback}; empty when absent or {@code null}. */
  Optional<ConversationFeedback> feedback();

  /** Authorization method. Wire name {@code authorization_method}; {@code public} when absent. */
  @Value.Default
  default AuthorizationMethod authorizationMethod() {
    return AuthorizationMethod.PUBLIC;
  }

  /** Charging. Wire name {@code charging}; empty when absent or {@code null}. */
  Optional<Charging> charging();

  /** Phone call. Wire name {@code phone_call}; empty when absent or {@code null}. */
  Optional<PhoneCall> phoneCall();

  /** Batch call. Wire name {@code batch_call}; empty when absent or {@code null}. */
  Optional<BatchCall> batchCall();

  /** Termination reason. Wire name {@code termination_reason}; {@code ""} when absent. */
  @Value.Default
  default String terminationReason() {
    return "";
  }

  /** Error. Wire name {@code error}; empty when absent or {@code null}. */
  Optional<ConversationError> error();

  /** Warnings. Wire name {@code warnings}; empty when absent or {@code null}. */
  List<String> warnings();

  /** Main language. Wire name {@code main_language}; empty when absent or {@code null}. */
  Optional<String> mainLanguage();

  /** RAG usage. Wire name {@code rag_usage}; empty when absent or {@code null}. */
  Optional<RagUsage> ragUsage();

  /** Text only. Wire name {@code text_only}; {@code false} when absent. */
  @Value.Default
  default boolean textOnly() {
    return false;
  }

  /** Features usage. Wire name {@code features_usage}; empty when absent or {@code null}. */
  Optional<FeaturesUsage> featuresUsage();

  /** Eleven assistant. Wire name {@code eleven_assistant}; empty when absent or {@code null}. */
  Optional<ElevenAssistantInfo> elevenAssistant();

  /** Initiator id. Wire name {@code initiator_id}; empty when absent or {@code null}. */
  Optional<String> initiatorId();

  /**
   * Conversation initiation source. Wire name {@code conversation_initiation_source}; {@code
   * unknown} when absent.
   */
  @Value.Default
  default InitiationSource conversationInitiationSource() {
    return InitiationSource.UNKNOWN;
  }

  /**
   * Conversation initiation source version. Wire name {@code
   * conversation_initiation_source_version}; empty when absent or {@code null}.
   */
  Optional<String> conversationInitiationSourceVersion();

  /** Timezone. Wire name {@code timezone}; empty when absent or {@code null}. */
  Optional<String> timezone();

  /** Async metadata. Wire name {@code async_metadata}; empty when absent or {@code null}. */
  Optional<AsyncMetadata> asyncMetadata();

  /** WhatsApp. Wire name {@code whatsapp}; empty when absent or {@code null}. */
  Optional<WhatsAppInfo> whatsapp();

  /** SMS. Wire name {@code sms}; empty when absent or {@code null}. */
  Optional<SmsInfo> sms();

  /** Agent created from. Wire name {@code agent_created_from}; {@code unknown} when absent. */
  @Value.Default
  default AgentDefinitionSource agentCreatedFrom() {
    return AgentDefinitionSource.UNKNOWN;
  }

  /**
   * Agent last updated from. Wire name {@code agent_last_updated_from}; {@code unknown} when
   * absent.
   */
  @Value.Default
  default AgentDefinitionSource agentLastUpdatedFrom() {
    return AgentDefinitionSource.UNKNOWN;
  }

  /** Voice rewards. Wire name {@code voice_rewards}; empty when absent or {@code null}. */
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
