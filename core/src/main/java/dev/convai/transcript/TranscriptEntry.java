package dev.convai.transcript;

import dev.convai.json.Extensible;
import dev.convai.usage.LlmUsage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One turn of the transcript: who spoke, what was said, and the tool calls, results, metrics and
 * feedback of that turn.
 *
 * <p>Wire schema {@code ConversationHistoryTranscriptResponseModel}.
 */
@Value.Immutable
public interface TranscriptEntry extends Extensible {

  /** Role. Wire name {@code role}. */
  Role role();

  /** Agent metadata. Wire name {@code agent_metadata}; empty when absent or {@code null}. */
  Optional<AgentMetadata> agentMetadata();

  /** Message. Wire name {@code message}; empty when absent or {@code null}. */
  Optional<String> message();

  /**
   * Multivoice message. Wire name {@code multivoice_message}; empty when absent or {@code null}.
   */
  Optional<MultivoiceMessage> multivoiceMessage();

  /** Tool calls. Wire name {@code tool_calls}; empty when absent or {@code null}. */
  List<ToolCall> toolCalls();

  /** Tool results. Wire name {@code tool_results}; empty when absent or {@code null}. */
  List<ToolResult> toolResults();

  /** Feedback. Wire name {@code feedback}; empty when absent or {@code null}. */
  Optional<TurnFeedback> feedback();

  /** LLM override. Wire name {@code llm_override}; empty when absent or {@code null}. */
  Optional<String> llmOverride();

  /** Time in call, in seconds. Wire name {@code time_in_call_secs}. */
  long timeInCallSecs();

  /**
   * Conversation turn metrics. Wire name {@code conversation_turn_metrics}; empty when absent or
   * {@code null}.
   */
  Optional<TurnMetrics> conversationTurnMetrics();

  /**
   * RAG retrieval info. Wire name {@code rag_retrieval_info}; empty when absent or {@code null}.
   */
  Optional<RagRetrievalInfo> ragRetrievalInfo();

  /** LLM usage. Wire name {@code llm_usage}; empty when absent or {@code null}. */
  Optional<LlmUsage> llmUsage();

  /** Interrupted. Wire name {@code interrupted}; {@code false} when absent. */
  @Value.Default
  default boolean interrupted() {
    return false;
  }

  /** Original message. Wire name {@code original_message}; empty when absent or {@code null}. */
  Optional<String> originalMessage();

  /** Source medium. Wire name {@code source_medium}; empty when absent or {@code null}. */
  Optional<SourceMedium> sourceMedium();

  /** Source event id. Wire name {@code source_event_id}; empty when absent or {@code null}. */
  OptionalLong sourceEventId();

  /**
   * Used static knowledge-base document ids. Wire name {@code used_static_kb_document_ids}; empty
   * when absent or {@code null}.
   */
  List<String> usedStaticKbDocumentIds();

  /** File input. Wire name {@code file_input}; empty when absent or {@code null}. */
  Optional<FileInput> fileInput();

  /**
   * Contextual update info. Wire name {@code contextual_update_info}; empty when absent or {@code
   * null}.
   */
  Optional<ContextualUpdateInfo> contextualUpdateInfo();

  /**
   * Whether the turn was treated as a backchannel (a short acknowledgement) and ignored. Sent by
   * the live API, absent from the documented spec. Wire name {@code ignored_as_backchannel}; empty
   * when absent or {@code null}.
   */
  Optional<Boolean> ignoredAsBackchannel();

  /**
   * The LLM's reasoning entries for this turn. Sent by the live API, absent from the documented
   * spec. Wire name {@code reasoning}; empty when absent or {@code null}.
   */
  List<Reasoning> reasoning();

  /**
   * An identifier of the user who spoke this turn. Sent by the live API, absent from the
   * documented spec. Wire name {@code
   * user_identifier}; empty when absent or {@code null}.
   */
  Optional<String> userIdentifier();

  /**
   * Whether the model reasoned before this turn. Sent by the live API, absent from the documented
   * spec. Wire name {@code reasoned};
   * empty when absent or {@code null}.
   */
  Optional<Boolean> reasoned();

  /** {@code true} for a turn the agent spoke. */
  default boolean isAgent() {
    return Role.AGENT.equals(role());
  }

  /** {@code true} for a turn the user spoke. */
  default boolean isUser() {
    return Role.USER.equals(role());
  }

  /** When in the call the turn happened. */
  default Duration timeInCall() {
    return Duration.ofSeconds(timeInCallSecs());
  }

  /** What was said: the message, or the parts of a multivoice message joined by spaces. */
  default Optional<String> text() {
    if (message().isPresent()) {
      return message();
    }
    return multivoiceMessage()
        .map(m -> m.parts().stream().map(MultivoicePart::text).collect(Collectors.joining(" ")))
        .filter(text -> !text.isEmpty());
  }

  /** A builder for this type. */
  static ImmutableTranscriptEntry.Builder builder() {
    return ImmutableTranscriptEntry.builder();
  }
}
