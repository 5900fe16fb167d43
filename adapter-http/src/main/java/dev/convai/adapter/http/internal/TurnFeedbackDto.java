package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code UserFeedback}. */
record TurnFeedbackDto(
    @JsonProperty("score") String score,
    @JsonProperty("time_in_call_secs") Long timeInCallSecs) {

  TurnFeedbackDto {
    score = score == null ? "" : score;
    timeInCallSecs = timeInCallSecs == null ? 0L : timeInCallSecs;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static TurnFeedbackDto empty() {
    return new TurnFeedbackDto(null, null);
  }
}
