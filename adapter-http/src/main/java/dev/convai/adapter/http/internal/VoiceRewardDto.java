package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationVoiceRewardModel}. */
final class VoiceRewardDto extends WireObject {

  @JsonProperty("voice_id") private String voiceId;
  @JsonProperty("reward_usd_cents") private Double rewardUsdCents;

  /** For Jackson, which sets the members it finds. */
  VoiceRewardDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  VoiceRewardDto(
      String voiceId,
      Double rewardUsdCents,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.voiceId = voiceId;
    this.rewardUsdCents = rewardUsdCents;
  }

  /** {@code voice_id}; {@code ""} when absent (a required member). */
  public String voiceId() {
    return voiceId == null ? "" : voiceId;
  }

  /** {@code reward_usd_cents}; {@code 0} when absent (a required member). */
  public Double rewardUsdCents() {
    return rewardUsdCents == null ? 0.0 : rewardUsdCents;
  }
}
