package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryFeedbackCommonModel}. */
record ConversationFeedbackDto(
    @JsonProperty("type") String type,
    @JsonProperty("overall_score") String overallScore,
    @JsonProperty("likes") Long likes,
    @JsonProperty("dislikes") Long dislikes,
    @JsonProperty("rating") Long rating,
    @JsonProperty("comment") String comment) {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static ConversationFeedbackDto empty() {
    return new ConversationFeedbackDto(null, null, null, null, null, null);
  }
}
