package dev.convai.conversation;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.DataCollectionResult;
import dev.convai.analysis.Verdict;
import dev.convai.initiation.InitiationClientData;
import dev.convai.json.Extensible;
import dev.convai.json.JsonValue;
import dev.convai.transcript.ToolCall;
import dev.convai.transcript.ToolResult;
import dev.convai.transcript.TranscriptEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A conversation with its agent: status, metadata, analysis, transcript and how it was initiated,
 * as the run-analysis and get-conversation endpoints return it and as post-call webhooks carry it.
 *
 * <p>Wire schema {@code GetConversationResponseModel}.
 */
@Value.Immutable
public interface Conversation extends Extensible {

  /** Agent id. Wire name {@code agent_id}. */
  AgentId agentId();

  /** Agent name. Wire name {@code agent_name}; empty when absent or {@code null}. */
  Optional<String> agentName();

  /** Conversation product. Wire name {@code conversation_product}; {@code "agent"} when absent. */
  @Value.Default
  default String conversationProduct() {
    return "agent";
  }

  /** Status. Wire name {@code status}. */
  ConversationStatus status();

  /** User id. Wire name {@code user_id}; empty when absent or {@code null}. */
  Optional<String> userId();

  /** Branch id. Wire name {@code branch_id}; empty when absent or {@code null}. */
  Optional<String> branchId();

  /**
   * The ID of the agent version used for this conversation. Wire name {@code version_id}; empty
   * when absent or {@code null}.
   */
  Optional<String> versionId();

  /** Metadata. Wire name {@code metadata}. */
  ConversationMetadata metadata();

  /** Analysis. Wire name {@code analysis}; empty when absent or {@code null}. */
  Optional<Analysis> analysis();

  /** Visited agents. Wire name {@code visited_agents}; empty when absent or {@code null}. */
  List<VisitedAgent> visitedAgents();

  /**
   * Conversation initiation client data. Wire name {@code conversation_initiation_client_data};
   * empty when absent or {@code null}.
   */
  Optional<InitiationClientData> conversationInitiationClientData();

  /** Environment. Wire name {@code environment}; {@code "production"} when absent. */
  @Value.Default
  default String environment() {
    return "production";
  }

  /** Conversation id. Wire name {@code conversation_id}. */
  ConversationId conversationId();

  /** Whether it has audio. Wire name {@code has_audio}; empty when absent or {@code null}. */
  Optional<Boolean> hasAudio();

  /**
   * Whether it has user audio. Wire name {@code has_user_audio}; empty when absent or {@code null}.
   */
  Optional<Boolean> hasUserAudio();

  /**
   * Whether it has response audio. Wire name {@code has_response_audio}; empty when absent or
   * {@code null}.
   */
  Optional<Boolean> hasResponseAudio();

  /** Transcript. Wire name {@code transcript}; empty when absent or {@code null}. */
  List<TranscriptEntry> transcript();

  /**
   * Conversation tag ids assigned to this conversation. Wire name {@code tag_ids}; empty when
   * absent or {@code null}.
   */
  List<String> tagIds();

  /**
   * OpenTelemetry trace payload when the request uses format=opentelemetry; otherwise omitted. Wire
   * name {@code otlp_traces}; empty when absent or {@code null}.
   */
  Map<String, JsonValue> otlpTraces();

  /**
   * Whether auxiliary audio was recorded. Sent by the live API, absent from the spec. Wire name
   * {@code has_auxiliary_audio}; empty when absent or {@code null}.
   */
  Optional<Boolean> hasAuxiliaryAudio();

  /** {@code true} once the conversation is {@linkplain ConversationStatus#DONE done}. */
  default boolean isDone() {
    return ConversationStatus.DONE.equals(status());
  }

  /** The analysis' verdict on the whole call; empty when there is no analysis. */
  default Optional<Verdict> callSuccessful() {
    return analysis().map(Analysis::callSuccessful);
  }

  /** The evaluation criteria whose verdict is failure; empty when there is no analysis. */
  default List<CriterionResult> failedCriteria() {
    return analysis().map(Analysis::failedCriteria).orElse(List.of());
  }

  /** The data-collection result with this id, if the analysis has one. */
  default Optional<DataCollectionResult> dataCollection(String dataCollectionId) {
    return analysis().flatMap(analysis -> analysis.dataCollection(dataCollectionId));
  }

  /** The turns the agent spoke, in order. */
  default List<TranscriptEntry> agentTurns() {
    return transcript().stream().filter(TranscriptEntry::isAgent).collect(Collectors.toUnmodifiableList());
  }

  /** The turns the user spoke, in order. */
  default List<TranscriptEntry> userTurns() {
    return transcript().stream().filter(TranscriptEntry::isUser).collect(Collectors.toUnmodifiableList());
  }

  /** Every tool call of the conversation, in transcript order. */
  default List<ToolCall> toolCalls() {
    return transcript().stream()
        .flatMap(entry -> entry.toolCalls().stream())
        .collect(Collectors.toUnmodifiableList());
  }

  /** Every tool result of the conversation, in transcript order. */
  default List<ToolResult> toolResults() {
    return transcript().stream()
        .flatMap(entry -> entry.toolResults().stream())
        .collect(Collectors.toUnmodifiableList());
  }

  /** When the call started; empty if the API's value is beyond what {@link Instant} holds. */
  default Optional<Instant> startTime() {
    return metadata().startTime();
  }

  /** How long the call lasted. */
  default Duration callDuration() {
    return metadata().callDuration();
  }

  /** A builder for this type. */
  static ImmutableConversation.Builder builder() {
    return ImmutableConversation.builder();
  }
}
