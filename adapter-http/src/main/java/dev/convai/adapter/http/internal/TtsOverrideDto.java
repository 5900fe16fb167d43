package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code TTSConversationalConfigOverride}. */
final class TtsOverrideDto extends WireObject {

  @JsonProperty("voice_id") private String voiceId;
  @JsonProperty("stability") private Double stability;
  @JsonProperty("speed") private Double speed;
  @JsonProperty("similarity_boost") private Double similarityBoost;
  @JsonProperty("model_id") private String modelId;

  /** For Jackson, which sets the members it finds. */
  TtsOverrideDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  TtsOverrideDto(
      String voiceId,
      Double stability,
      Double speed,
      Double similarityBoost,
      String modelId,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.voiceId = voiceId;
    this.stability = stability;
    this.speed = speed;
    this.similarityBoost = similarityBoost;
    this.modelId = modelId;
  }

  /** {@code voice_id}; {@code null} when absent. */
  public String voiceId() {
    return voiceId;
  }

  /** {@code stability}; {@code null} when absent. */
  public Double stability() {
    return stability;
  }

  /** {@code speed}; {@code null} when absent. */
  public Double speed() {
    return speed;
  }

  /** {@code similarity_boost}; {@code null} when absent. */
  public Double similarityBoost() {
    return similarityBoost;
  }

  /** {@code model_id}; {@code null} when absent. */
  public String modelId() {
    return modelId;
  }
}
