package dev.convai.history;

import dev.convai.analysis.Verdict;
import dev.convai.channel.TelephonyDirection;
import dev.convai.conversation.AgentId;
import dev.convai.conversation.ConversationId;
import dev.convai.conversation.ConversationStatus;
import dev.convai.initiation.InitiationSource;
import dev.convai.json.Extensible;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One conversation as the conversation listing describes it: who, when, how long, how it ended
 * and its call-success verdict, without transcript or analysis details (get the conversation for
 * those).
 *
 * <p>Wire schema {@code ConversationSummaryResponseModel}.
 */
@Value.Immutable
public interface ConversationSummary extends Extensible {

  /** Agent id. Wire name {@code agent_id}. */
  AgentId agentId();

  /** Branch id. Wire name {@code branch_id}; empty when absent or {@code null}. */
  Optional<String> branchId();

  /** Version id. Wire name {@code version_id}; empty when absent or {@code null}. */
  Optional<String> versionId();

  /** Agent name. Wire name {@code agent_name}; empty when absent or {@code null}. */
  Optional<String> agentName();

  /** Conversation id. Wire name {@code conversation_id}. */
  ConversationId conversationId();

  /** Start time, in seconds since the Unix epoch, as sent. Wire name {@code start_time_unix_secs}. */
  long startTimeUnixSecs();

  /** Call duration, in seconds. Wire name {@code call_duration_secs}. */
  long callDurationSecs();

  /** Number of messages. Wire name {@code message_count}. */
  long messageCount();

  /** Status. Wire name {@code status}. */
  ConversationStatus status();

  /** Why the call ended. Wire name {@code termination_reason}; empty when absent or {@code null}. */
  Optional<String> terminationReason();

  /** Whether the call succeeded. Wire name {@code call_successful}. */
  Verdict callSuccessful();

  /** Call success score. Wire name {@code call_success_score}; empty when absent or {@code null}. */
  OptionalDouble callSuccessScore();

  /** Transcript summary. Wire name {@code transcript_summary}; empty when absent or {@code null}. */
  Optional<String> transcriptSummary();

  /** Call summary title. Wire name {@code call_summary_title}; empty when absent or {@code null}. */
  Optional<String> callSummaryTitle();

  /** Main language. Wire name {@code main_language}; empty when absent or {@code null}. */
  Optional<String> mainLanguage();

  /**
   * How the conversation was initiated. Wire name {@code conversation_initiation_source}; empty
   * when absent or {@code null}.
   */
  Optional<InitiationSource> conversationInitiationSource();

  /** Names of the tools used. Wire name {@code tool_names}; empty when absent or {@code null}. */
  List<String> toolNames();

  /** Direction of a phone call. Wire name {@code direction}; empty when absent or {@code null}. */
  Optional<TelephonyDirection> direction();

  /** Rating. Wire name {@code rating}; empty when absent or {@code null}. */
  OptionalDouble rating();

  /** Sentiment analysis. Wire name {@code sentiment_analysis}; empty when absent or {@code null}. */
  Optional<SentimentAnalysis> sentimentAnalysis();

  /** When the call started; empty if the API's value is beyond what {@link Instant} holds. */
  default Optional<Instant> startTime() {
    try {
      return Optional.of(Instant.ofEpochSecond(startTimeUnixSecs()));
    } catch (DateTimeException outOfRange) {
      return Optional.empty();
    }
  }

  /** How long the call lasted. */
  default Duration callDuration() {
    return Duration.ofSeconds(callDurationSecs());
  }

  /** A builder for this type. */
  static ImmutableConversationSummary.Builder builder() {
    return ImmutableConversationSummary.builder();
  }
}
