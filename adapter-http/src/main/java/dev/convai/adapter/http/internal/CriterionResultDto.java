package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryEvaluationCriteriaResultCommonModel}. */
final class CriterionResultDto extends WireObject {

  @JsonProperty("criteria_id") private String criteriaId;
  @JsonProperty("result") private String result;
  @JsonProperty("rationale") private String rationale;

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
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.criteriaId = criteriaId;
    this.result = result;
    this.rationale = rationale;
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
}
