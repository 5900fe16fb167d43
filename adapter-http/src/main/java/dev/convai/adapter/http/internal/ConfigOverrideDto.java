package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationConfigClientOverride-Output}. */
final class ConfigOverrideDto extends WireObject {

  @JsonProperty("asr") private AsrOverrideDto asr;
  @JsonProperty("turn") private TurnOverrideDto turn;
  @JsonProperty("tts") private TtsOverrideDto tts;
  @JsonProperty("conversation") private ConversationOverrideDto conversation;
  @JsonProperty("agent") private AgentOverrideDto agent;

  /** For Jackson, which sets the members it finds. */
  ConfigOverrideDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  ConfigOverrideDto(
      AsrOverrideDto asr,
      TurnOverrideDto turn,
      TtsOverrideDto tts,
      ConversationOverrideDto conversation,
      AgentOverrideDto agent,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.asr = asr;
    this.turn = turn;
    this.tts = tts;
    this.conversation = conversation;
    this.agent = agent;
  }

  /** {@code asr}; {@code null} when absent. */
  public AsrOverrideDto asr() {
    return asr;
  }

  /** {@code turn}; {@code null} when absent. */
  public TurnOverrideDto turn() {
    return turn;
  }

  /** {@code tts}; {@code null} when absent. */
  public TtsOverrideDto tts() {
    return tts;
  }

  /** {@code conversation}; {@code null} when absent. */
  public ConversationOverrideDto conversation() {
    return conversation;
  }

  /** {@code agent}; {@code null} when absent. */
  public AgentOverrideDto agent() {
    return agent;
  }
}
