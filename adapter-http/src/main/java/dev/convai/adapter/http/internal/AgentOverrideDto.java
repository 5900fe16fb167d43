package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code AgentConfigOverride-Output}. */
final class AgentOverrideDto extends WireObject {

  @JsonProperty("first_message") private String firstMessage;
  @JsonProperty("language") private String language;
  @JsonProperty("max_conversation_duration_message") private String maxConversationDurationMessage;
  @JsonProperty("prompt") private PromptOverrideDto prompt;

  /** For Jackson, which sets the members it finds. */
  AgentOverrideDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  AgentOverrideDto(
      String firstMessage,
      String language,
      String maxConversationDurationMessage,
      PromptOverrideDto prompt,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.firstMessage = firstMessage;
    this.language = language;
    this.maxConversationDurationMessage = maxConversationDurationMessage;
    this.prompt = prompt;
  }

  /** {@code first_message}; {@code null} when absent. */
  public String firstMessage() {
    return firstMessage;
  }

  /** {@code language}; {@code null} when absent. */
  public String language() {
    return language;
  }

  /** {@code max_conversation_duration_message}; {@code null} when absent. */
  public String maxConversationDurationMessage() {
    return maxConversationDurationMessage;
  }

  /** {@code prompt}; {@code null} when absent. */
  public PromptOverrideDto prompt() {
    return prompt;
  }
}
