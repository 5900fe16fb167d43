package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.convai.json.JsonValue;
import java.util.List;

/** Wire form of {@code ConversationHistoryTranscriptResponseModel}. */
record TranscriptEntryDto(
    @JsonProperty("role") String role,
    @JsonProperty("agent_metadata") AgentMetadataDto agentMetadata,
    @JsonProperty("message") String message,
    @JsonProperty("multivoice_message") MultivoiceMessageDto multivoiceMessage,
    @JsonProperty("tool_calls") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ToolCallDto> toolCalls,
    @JsonProperty("tool_results") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ToolResultDto> toolResults,
    @JsonProperty("feedback") TurnFeedbackDto feedback,
    @JsonProperty("llm_override") String llmOverride,
    @JsonProperty("time_in_call_secs") Long timeInCallSecs,
    @JsonProperty("conversation_turn_metrics") TurnMetricsDto conversationTurnMetrics,
    @JsonProperty("rag_retrieval_info") RagRetrievalInfoDto ragRetrievalInfo,
    @JsonProperty("llm_usage") LlmUsageDto llmUsage,
    @JsonProperty("interrupted") Boolean interrupted,
    @JsonProperty("original_message") String originalMessage,
    @JsonProperty("source_medium") String sourceMedium,
    @JsonProperty("source_event_id") Long sourceEventId,
    @JsonProperty("used_static_kb_document_ids") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> usedStaticKbDocumentIds,
    @JsonProperty("file_input") FileInputDto fileInput,
    @JsonProperty("contextual_update_info") ContextualUpdateInfoDto contextualUpdateInfo,
    @JsonSetter(contentNulls = Nulls.SET) @JsonProperty("reasoning") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<JsonValue> reasoning,
    @JsonProperty("user_identifier") String userIdentifier,
    @JsonProperty("reasoned") Boolean reasoned) {

  TranscriptEntryDto {
    role = role == null ? "" : role;
    toolCalls = toolCalls == null ? List.of() : toolCalls;
    toolResults = toolResults == null ? List.of() : toolResults;
    timeInCallSecs = timeInCallSecs == null ? 0L : timeInCallSecs;
    usedStaticKbDocumentIds = usedStaticKbDocumentIds == null ? List.of() : usedStaticKbDocumentIds;
    reasoning = reasoning == null ? List.of() : reasoning;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static TranscriptEntryDto empty() {
    return new TranscriptEntryDto(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
