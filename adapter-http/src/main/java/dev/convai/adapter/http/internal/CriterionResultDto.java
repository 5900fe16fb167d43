package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryEvaluationCriteriaResultCommonModel}. */
record CriterionResultDto(
    @JsonProperty("criteria_id") String criteriaId,
    @JsonProperty("result") String result,
    @JsonProperty("rationale") String rationale) {

  CriterionResultDto {
    criteriaId = criteriaId == null ? "" : criteriaId;
    result = result == null ? "" : result;
    rationale = rationale == null ? "" : rationale;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static CriterionResultDto empty() {
    return new CriterionResultDto(null, null, null);
  }
}
