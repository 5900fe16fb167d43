package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationASRUsageModel}. */
final class AsrUsageDto extends WireObject {

  @JsonProperty("asr_model") private String asrModel;
  @JsonProperty("total_transcription_calls") private Long totalTranscriptionCalls;
  @JsonProperty("total_audio_input_seconds") private Double totalAudioInputSeconds;

  /** For Jackson, which sets the members it finds. */
  AsrUsageDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  AsrUsageDto(
      String asrModel,
      Long totalTranscriptionCalls,
      Double totalAudioInputSeconds,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.asrModel = asrModel;
    this.totalTranscriptionCalls = totalTranscriptionCalls;
    this.totalAudioInputSeconds = totalAudioInputSeconds;
  }

  /** {@code asr_model}; {@code null} when absent. */
  public String asrModel() {
    return asrModel;
  }

  /** {@code total_transcription_calls}; {@code null} when absent. */
  public Long totalTranscriptionCalls() {
    return totalTranscriptionCalls;
  }

  /** {@code total_audio_input_seconds}; {@code null} when absent. */
  public Double totalAudioInputSeconds() {
    return totalAudioInputSeconds;
  }
}
