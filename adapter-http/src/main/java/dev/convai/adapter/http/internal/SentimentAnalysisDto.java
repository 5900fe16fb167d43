package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationSentimentAnalysis}; decoded only (the listing is never sent). */
final class SentimentAnalysisDto extends WireObject {

  @JsonProperty("overall_label") private String overallLabel;
  @JsonProperty("overall_sentiment_score") private Double overallSentimentScore;
  @JsonProperty("overall_frustration_score") private Double overallFrustrationScore;
  @JsonProperty("min_user_sentiment_score") private Double minUserSentimentScore;
  @JsonProperty("max_user_frustration_score") private Double maxUserFrustrationScore;
  @JsonProperty("num_scored_user_turns") private Long numScoredUserTurns;

  /** For Jackson, which sets the members it finds. */
  SentimentAnalysisDto() {
    super(null);
  }

  /** {@code overall_label}; {@code null} when absent. */
  public String overallLabel() {
    return overallLabel;
  }

  /** {@code overall_sentiment_score}; {@code null} when absent. */
  public Double overallSentimentScore() {
    return overallSentimentScore;
  }

  /** {@code overall_frustration_score}; {@code null} when absent. */
  public Double overallFrustrationScore() {
    return overallFrustrationScore;
  }

  /** {@code min_user_sentiment_score}; {@code null} when absent. */
  public Double minUserSentimentScore() {
    return minUserSentimentScore;
  }

  /** {@code max_user_frustration_score}; {@code null} when absent. */
  public Double maxUserFrustrationScore() {
    return maxUserFrustrationScore;
  }

  /** {@code num_scored_user_turns}; {@code null} when absent. */
  public Long numScoredUserTurns() {
    return numScoredUserTurns;
  }
}
