package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Wire form of {@code ConversationSummaryResponseModel}; decoded only (the listing is never sent). */
final class ConversationSummaryDto extends WireObject {

  @JsonProperty("agent_id") private String agentId;
  @JsonProperty("branch_id") private String branchId;
  @JsonProperty("version_id") private String versionId;
  @JsonProperty("agent_name") private String agentName;
  @JsonProperty("conversation_id") private String conversationId;
  @JsonProperty("start_time_unix_secs") private Long startTimeUnixSecs;
  @JsonProperty("call_duration_secs") private Long callDurationSecs;
  @JsonProperty("message_count") private Long messageCount;
  @JsonProperty("status") private String status;
  @JsonProperty("termination_reason") private String terminationReason;
  @JsonProperty("call_successful") private String callSuccessful;
  @JsonProperty("call_success_score") private Double callSuccessScore;
  @JsonProperty("transcript_summary") private String transcriptSummary;
  @JsonProperty("call_summary_title") private String callSummaryTitle;
  @JsonProperty("main_language") private String mainLanguage;
  @JsonProperty("conversation_initiation_source") private String conversationInitiationSource;
  @JsonProperty("tool_names") private List<String> toolNames;
  @JsonProperty("direction") private String direction;
  @JsonProperty("rating") private Double rating;
  @JsonProperty("sentiment_analysis") private SentimentAnalysisDto sentimentAnalysis;

  /** For Jackson, which sets the members it finds. */
  ConversationSummaryDto() {
    super(null);
  }

  /** {@code agent_id}; {@code null} when absent. */
  public String agentId() {
    return agentId;
  }

  /** {@code branch_id}; {@code null} when absent. */
  public String branchId() {
    return branchId;
  }

  /** {@code version_id}; {@code null} when absent. */
  public String versionId() {
    return versionId;
  }

  /** {@code agent_name}; {@code null} when absent. */
  public String agentName() {
    return agentName;
  }

  /** {@code conversation_id}; {@code null} when absent. */
  public String conversationId() {
    return conversationId;
  }

  /** {@code start_time_unix_secs}; {@code null} when absent. */
  public Long startTimeUnixSecs() {
    return startTimeUnixSecs;
  }

  /** {@code call_duration_secs}; {@code null} when absent. */
  public Long callDurationSecs() {
    return callDurationSecs;
  }

  /** {@code message_count}; {@code null} when absent. */
  public Long messageCount() {
    return messageCount;
  }

  /** {@code status}; {@code null} when absent. */
  public String status() {
    return status;
  }

  /** {@code termination_reason}; {@code null} when absent. */
  public String terminationReason() {
    return terminationReason;
  }

  /** {@code call_successful}; {@code null} when absent. */
  public String callSuccessful() {
    return callSuccessful;
  }

  /** {@code call_success_score}; {@code null} when absent. */
  public Double callSuccessScore() {
    return callSuccessScore;
  }

  /** {@code transcript_summary}; {@code null} when absent. */
  public String transcriptSummary() {
    return transcriptSummary;
  }

  /** {@code call_summary_title}; {@code null} when absent. */
  public String callSummaryTitle() {
    return callSummaryTitle;
  }

  /** {@code main_language}; {@code null} when absent. */
  public String mainLanguage() {
    return mainLanguage;
  }

  /** {@code conversation_initiation_source}; {@code null} when absent. */
  public String conversationInitiationSource() {
    return conversationInitiationSource;
  }

  /** {@code tool_names}; {@code null} when absent. */
  public List<String> toolNames() {
    return toolNames;
  }

  /** {@code direction}; {@code null} when absent. */
  public String direction() {
    return direction;
  }

  /** {@code rating}; {@code null} when absent. */
  public Double rating() {
    return rating;
  }

  /** {@code sentiment_analysis}; {@code null} when absent. */
  public SentimentAnalysisDto sentimentAnalysis() {
    return sentimentAnalysis;
  }
}
