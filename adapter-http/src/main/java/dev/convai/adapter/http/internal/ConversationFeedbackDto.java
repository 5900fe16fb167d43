package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryFeedbackCommonModel}. */
final class ConversationFeedbackDto extends WireObject {

  @JsonProperty("type") private String type;
  @JsonProperty("overall_score") private String overallScore;
  @JsonProperty("likes") private Long likes;
  @JsonProperty("dislikes") private Long dislikes;
  @JsonProperty("rating") private Long rating;
  @JsonProperty("comment") private String comment;

  /** For Jackson, which sets the members it finds. */
  ConversationFeedbackDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  ConversationFeedbackDto(
      String type,
      String overallScore,
      Long likes,
      Long dislikes,
      Long rating,
      String comment,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.type = type;
    this.overallScore = overallScore;
    this.likes = likes;
    this.dislikes = dislikes;
    this.rating = rating;
    this.comment = comment;
  }

  /** {@code type}; {@code null} when absent. */
  public String type() {
    return type;
  }

  /** {@code overall_score}; {@code null} when absent. */
  public String overallScore() {
    return overallScore;
  }

  /** {@code likes}; {@code null} when absent. */
  public Long likes() {
    return likes;
  }

  /** {@code dislikes}; {@code null} when absent. */
  public Long dislikes() {
    return dislikes;
  }

  /** {@code rating}; {@code null} when absent. */
  public Long rating() {
    return rating;
  }

  /** {@code comment}; {@code null} when absent. */
  public String comment() {
    return comment;
  }
}
