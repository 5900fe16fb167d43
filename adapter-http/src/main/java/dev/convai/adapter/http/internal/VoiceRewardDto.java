package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationVoiceRewardModel}. */
record VoiceRewardDto(
    @JsonProperty("voice_id") String voiceId,
    @JsonProperty("reward_usd_cents") Double rewardUsdCents) {

  VoiceRewardDto {
    voiceId = voiceId == null ? "" : voiceId;
    rewardUsdCents = rewardUsdCents == null ? 0.0 : rewardUsdCents;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static VoiceRewardDto empty() {
    return new VoiceRewardDto(null, null);
  }
}
