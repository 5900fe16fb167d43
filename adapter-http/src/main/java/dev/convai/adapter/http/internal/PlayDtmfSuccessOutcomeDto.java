package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/PlayDTMFResultSuccessModel}. */
record PlayDtmfSuccessOutcomeDto(
    @JsonProperty("result_type") String resultType,
    @JsonProperty("status") String status,
    @JsonProperty("dtmf_tones") String dtmfTones,
    @JsonProperty("reason") String reason) implements SystemToolOutcomeDto {

  PlayDtmfSuccessOutcomeDto {
    dtmfTones = dtmfTones == null ? "" : dtmfTones;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static PlayDtmfSuccessOutcomeDto empty() {
    return new PlayDtmfSuccessOutcomeDto(null, null, null, null);
  }
}
