package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Wire form of {@code ConversationTTSUsageModel}. */
final class TtsUsageDto extends WireObject {

  @JsonProperty("primary_tts_model") private String primaryTtsModel;
  @JsonProperty("total_audio_output_seconds") private Double totalAudioOutputSeconds;
  @JsonProperty("total_characters") private Long totalCharacters;
  @JsonProperty("per_voice_usage") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<VoiceUsageDto> perVoiceUsage;

  /** For Jackson, which sets the members it finds. */
  TtsUsageDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  TtsUsageDto(
      String primaryTtsModel,
      Double totalAudioOutputSeconds,
      Long totalCharacters,
      List<VoiceUsageDto> perVoiceUsage,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.primaryTtsModel = primaryTtsModel;
    this.totalAudioOutputSeconds = totalAudioOutputSeconds;
    this.totalCharacters = totalCharacters;
    this.perVoiceUsage = perVoiceUsage;
  }

  /** {@code primary_tts_model}; {@code null} when absent. */
  public String primaryTtsModel() {
    return primaryTtsModel;
  }

  /** {@code total_audio_output_seconds}; {@code null} when absent. */
  public Double totalAudioOutputSeconds() {
    return totalAudioOutputSeconds;
  }

  /** {@code total_characters}; {@code null} when absent. */
  public Long totalCharacters() {
    return totalCharacters;
  }

  /** {@code per_voice_usage}; {@code null} when absent. */
  public List<VoiceUsageDto> perVoiceUsage() {
    return perVoiceUsage;
  }
}
