package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Wire form of {@code ConversationSummaryResponseModel}. */
record ConversationSummaryDto(
    @JsonProperty("agent_id") String agentId,
    @JsonProperty("branch_id") String branchId,
    @JsonProperty("version_id") String versionId,
    @JsonProperty("agent_name") String agentName,
    @JsonProperty("conversation_id") String conversationId,
    @JsonProperty("start_time_unix_secs") Long startTimeUnixSecs,
    @JsonProperty("call_duration_secs") Long callDurationSecs,
    @JsonProperty("message_count") Long messageCount,
    @JsonProperty("status") String status,
    @JsonProperty("termination_reason") String terminationReason,
    @JsonProperty("call_successful") String callSuccessful,
    @JsonProperty("call_success_score") Double callSuccessScore,
    @JsonProperty("transcript_summary") String transcriptSummary,
    @JsonProperty("call_summary_title") String callSummaryTitle,
    @JsonProperty("main_language") String mainLanguage,
    @JsonProperty("conversation_initiation_source") String conversationInitiationSource,
    @JsonProperty("tool_names") List<String> toolNames,
    @JsonProperty("direction") String direction,
    @JsonProperty("rating") Double rating,
    @JsonProperty("sentiment_analysis") SentimentAnalysisDto sentimentAnalysis,
    @JsonAnySetter Map<String, JsonValue> unknownMembers) {}
