package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptResponseModel}. */
final class TranscriptEntryDto extends WireObject {

  @JsonProperty("role") private String role;
  @JsonProperty("agent_metadata") private AgentMetadataDto agentMetadata;
  @JsonProperty("message") private String message;
  @JsonProperty("multivoice_message") private MultivoiceMessageDto multivoiceMessage;
  @JsonProperty("tool_calls") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<ToolCallDto> toolCalls;
  @JsonProperty("tool_results") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<ToolResultDto> toolResults;
  @JsonProperty("feedback") private TurnFeedbackDto feedback;
  @JsonProperty("llm_override") private String llmOverride;
  @JsonProperty("time_in_call_secs") private Long timeInCallSecs;
  @JsonProperty("conversation_turn_metrics") private TurnMetricsDto conversationTurnMetrics;
  @JsonProperty("rag_retrieval_info") private RagRetrievalInfoDto ragRetrievalInfo;
  @JsonProperty("llm_usage") private LlmUsageDto llmUsage;
  @JsonProperty("interrupted") private Boolean interrupted;
  @JsonProperty("original_message") private String originalMessage;
  @JsonProperty("source_medium") private String sourceMedium;
  @JsonProperty("source_event_id") private Long sourceEventId;
  @JsonProperty("used_static_kb_document_ids") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<String> usedStaticKbDocumentIds;
  @JsonProperty("file_input") private FileInputDto fileInput;
  @JsonProperty("contextual_update_info") private ContextualUpdateInfoDto contextualUpdateInfo;
  @JsonProperty("reasoning") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<ReasoningDto> reasoning;
  @JsonProperty("user_identifier") private String userIdentifier;
  @JsonProperty("reasoned") private Boolean reasoned;
  @JsonProperty("ignored_as_backchannel") private Boolean ignoredAsBackchannel;

  /** For Jackson, which sets the members it finds. */
  TranscriptEntryDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  TranscriptEntryDto(
      String role,
      AgentMetadataDto agentMetadata,
      String message,
      MultivoiceMessageDto multivoiceMessage,
      List<ToolCallDto> toolCalls,
      List<ToolResultDto> toolResults,
      TurnFeedbackDto feedback,
      String llmOverride,
      Long timeInCallSecs,
      TurnMetricsDto conversationTurnMetrics,
      RagRetrievalInfoDto ragRetrievalInfo,
      LlmUsageDto llmUsage,
      Boolean interrupted,
      String originalMessage,
      String sourceMedium,
      Long sourceEventId,
      List<String> usedStaticKbDocumentIds,
      FileInputDto fileInput,
      ContextualUpdateInfoDto contextualUpdateInfo,
      List<ReasoningDto> reasoning,
      String userIdentifier,
      Boolean reasoned,
      Boolean ignoredAsBackchannel,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.role = role;
    this.agentMetadata = agentMetadata;
    this.message = message;
    this.multivoiceMessage = multivoiceMessage;
    this.toolCalls = toolCalls;
    this.toolResults = toolResults;
    this.feedback = feedback;
    this.llmOverride = llmOverride;
    this.timeInCallSecs = timeInCallSecs;
    this.conversationTurnMetrics = conversationTurnMetrics;
    this.ragRetrievalInfo = ragRetrievalInfo;
    this.llmUsage = llmUsage;
    this.interrupted = interrupted;
    this.originalMessage = originalMessage;
    this.sourceMedium = sourceMedium;
    this.sourceEventId = sourceEventId;
    this.usedStaticKbDocumentIds = usedStaticKbDocumentIds;
    this.fileInput = fileInput;
    this.contextualUpdateInfo = contextualUpdateInfo;
    this.reasoning = reasoning;
    this.userIdentifier = userIdentifier;
    this.reasoned = reasoned;
    this.ignoredAsBackchannel = ignoredAsBackchannel;
  }

  /** {@code role}; {@code ""} when absent (a required member). */
  public String role() {
    return role == null ? "" : role;
  }

  /** {@code agent_metadata}; {@code null} when absent. */
  public AgentMetadataDto agentMetadata() {
    return agentMetadata;
  }

  /** {@code message}; {@code null} when absent. */
  public String message() {
    return message;
  }

  /** {@code multivoice_message}; {@code null} when absent. */
  public MultivoiceMessageDto multivoiceMessage() {
    return multivoiceMessage;
  }

  /** {@code tool_calls}; {@code null} when absent. */
  public List<ToolCallDto> toolCalls() {
    return toolCalls;
  }

  /** {@code tool_results}; {@code null} when absent. */
  public List<ToolResultDto> toolResults() {
    return toolResults;
  }

  /** {@code feedback}; {@code null} when absent. */
  public TurnFeedbackDto feedback() {
    return feedback;
  }

  /** {@code llm_override}; {@code null} when absent. */
  public String llmOverride() {
    return llmOverride;
  }

  /** {@code time_in_call_secs}; {@code 0} when absent (a required member). */
  public Long timeInCallSecs() {
    return timeInCallSecs == null ? 0L : timeInCallSecs;
  }

  /** {@code conversation_turn_metrics}; {@code null} when absent. */
  public TurnMetricsDto conversationTurnMetrics() {
    return conversationTurnMetrics;
  }

  /** {@code rag_retrieval_info}; {@code null} when absent. */
  public RagRetrievalInfoDto ragRetrievalInfo() {
    return ragRetrievalInfo;
  }

  /** {@code llm_usage}; {@code null} when absent. */
  public LlmUsageDto llmUsage() {
    return llmUsage;
  }

  /** {@code interrupted}; {@code null} when absent. */
  public Boolean interrupted() {
    return interrupted;
  }

  /** {@code original_message}; {@code null} when absent. */
  public String originalMessage() {
    return originalMessage;
  }

  /** {@code source_medium}; {@code null} when absent. */
  public String sourceMedium() {
    return sourceMedium;
  }

  /** {@code source_event_id}; {@code null} when absent. */
  public Long sourceEventId() {
    return sourceEventId;
  }

  /** {@code used_static_kb_document_ids}; {@code null} when absent. */
  public List<String> usedStaticKbDocumentIds() {
    return usedStaticKbDocumentIds;
  }

  /** {@code file_input}; {@code null} when absent. */
  public FileInputDto fileInput() {
    return fileInput;
  }

  /** {@code contextual_update_info}; {@code null} when absent. */
  public ContextualUpdateInfoDto contextualUpdateInfo() {
    return contextualUpdateInfo;
  }

  /** {@code reasoning}; {@code null} when absent. */
  public List<ReasoningDto> reasoning() {
    return reasoning;
  }

  /** {@code user_identifier}; {@code null} when absent. */
  public String userIdentifier() {
    return userIdentifier;
  }

  /** {@code reasoned}; {@code null} when absent. */
  public Boolean reasoned() {
    return reasoned;
  }

  /** {@code ignored_as_backchannel}; {@code null} when absent. */
  public Boolean ignoredAsBackchannel() {
    return ignoredAsBackchannel;
  }
}
