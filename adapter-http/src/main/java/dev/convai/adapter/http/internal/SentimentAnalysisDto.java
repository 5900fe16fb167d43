package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationSentimentAnalysis}. */
record SentimentAnalysisDto(
    @JsonProperty("overall_label") String overallLabel,
    @JsonProperty("overall_sentiment_score") Double overallSentimentScore,
    @JsonProperty("overall_frustration_score") Double overallFrustrationScore,
    @JsonProperty("min_user_sentiment_score") Double minUserSentimentScore,
    @JsonProperty("max_user_frustration_score") Double maxUserFrustrationScore,
    @JsonProperty("num_scored_user_turns") Long numScoredUserTurns,
    @JsonAnySetter Map<String, JsonValue> unknownMembers) {}
