package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code UserFeedback}. */
final class TurnFeedbackDto extends WireObject {

  @JsonProperty("score") private String score;
  @JsonProperty("time_in_call_secs") private Long timeInCallSecs;

  /** For Jackson, which sets the members it finds. */
  TurnFeedbackDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  TurnFeedbackDto(
      String score,
      Long timeInCallSecs,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.score = score;
    this.timeInCallSecs = timeInCallSecs;
  }

  /** {@code score}; {@code ""} when absent (a required member). */
  public String score() {
    return score == null ? "" : score;
  }

  /** {@code time_in_call_secs}; {@code 0} when absent (a required member). */
  public Long timeInCallSecs() {
    return timeInCallSecs == null ? 0L : timeInCallSecs;
  }
}
