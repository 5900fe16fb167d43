package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryElevenAssistantCommonModel}. */
final class ElevenAssistantInfoDto extends WireObject {

  @JsonProperty("is_eleven_assistant") private Boolean isElevenAssistant;

  /** For Jackson, which sets the members it finds. */
  ElevenAssistantInfoDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  ElevenAssistantInfoDto(
      Boolean isElevenAssistant,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.isElevenAssistant = isElevenAssistant;
  }

  /** {@code is_eleven_assistant}; {@code null} when absent. */
  public Boolean isElevenAssistant() {
    return isElevenAssistant;
  }
}
