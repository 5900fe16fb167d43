package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryEvaluationCriteriaResultCommonModel}. */
final class CriterionResultDto extends WireObject {

  @JsonProperty("criteria_id") private String criteriaId;
  @JsonProperty("result") private String result;
  @JsonProperty("rationale") private String rationale;
  @JsonProperty("scoring_mode") private String scoringMode;
  @JsonProperty("score") private Long score;
  @JsonProperty("max_score") private Long maxScore;

  /** For Jackson, which sets the members it finds. */
  CriterionResultDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  CriterionResultDto(
      String criteriaId,
      String result,
      String rationale,
      String scoringMode,
      Long score,
      Long maxScore,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.criteriaId = criteriaId;
    this.result = result;
    this.rationale = rationale;
    this.scoringMode = scoringMode;
    this.score = score;
    this.maxScore = maxScore;
  }

  /** {@code criteria_id}; {@code ""} when absent (a required member). */
  public String criteriaId() {
    return criteriaId == null ? "" : criteriaId;
  }

  /** {@code result}; {@code ""} when absent (a required member). */
  public String result() {
    return result == null ? "" : result;
  }

  /** {@code rationale}; {@code ""} when absent (a required member). */
  public String rationale() {
    return rationale == null ? "" : rationale;
  }

  /** {@code scoring_mode}; {@code null} when absent. */
  public String scoringMode() {
    return scoringMode;
  }

  /** {@code score}; {@code null} when absent. */
  public Long score() {
    return score;
  }

  /** {@code max_score}; {@code null} when absent. */
  public Long maxScore() {
    return maxScore;
  }
}
