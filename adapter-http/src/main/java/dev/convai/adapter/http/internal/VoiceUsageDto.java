package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationVoiceUsageModel}. */
final class VoiceUsageDto extends WireObject {

  @JsonProperty("voice_id") private String voiceId;
  @JsonProperty("audio_output_seconds") private Double audioOutputSeconds;

  /** For Jackson, which sets the members it finds. */
  VoiceUsageDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  VoiceUsageDto(
      String voiceId,
      Double audioOutputSeconds,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.voiceId = voiceId;
    this.audioOutputSeconds = audioOutputSeconds;
  }

  /** {@code voice_id}; {@code ""} when absent (a required member). */
  public String voiceId() {
    return voiceId == null ? "" : voiceId;
  }

  /** {@code audio_output_seconds}; {@code null} when absent. */
  public Double audioOutputSeconds() {
    return audioOutputSeconds;
  }
}
