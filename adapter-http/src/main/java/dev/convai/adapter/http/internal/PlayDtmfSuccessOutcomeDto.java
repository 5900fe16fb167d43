package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/PlayDTMFResultSuccessModel}. */
final class PlayDtmfSuccessOutcomeDto extends WireObject implements SystemToolOutcomeDto {

  @JsonProperty("result_type") private String resultType;
  @JsonProperty("status") private String status;
  @JsonProperty("dtmf_tones") private String dtmfTones;
  @JsonProperty("reason") private String reason;

  /** For Jackson, which sets the members it finds. */
  PlayDtmfSuccessOutcomeDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  PlayDtmfSuccessOutcomeDto(
      String resultType,
      String status,
      String dtmfTones,
      String reason,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.resultType = resultType;
    this.status = status;
    this.dtmfTones = dtmfTones;
    this.reason = reason;
  }

  /** {@code result_type}; {@code null} when absent. */
  public String resultType() {
    return resultType;
  }

  /** {@code status}; {@code null} when absent. */
  public String status() {
    return status;
  }

  /** {@code dtmf_tones}; {@code ""} when absent (a required member). */
  public String dtmfTones() {
    return dtmfTones == null ? "" : dtmfTones;
  }

  /** {@code reason}; {@code null} when absent. */
  public String reason() {
    return reason;
  }
}
