package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationReasoningModel}. */
final class ReasoningDto extends WireObject {

  @JsonProperty("summary") private String summary;
  @JsonProperty("provider_redact") private Boolean providerRedact;

  /** For Jackson, which sets the members it finds. */
  ReasoningDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  ReasoningDto(
      String summary,
      Boolean providerRedact,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.summary = summary;
    this.providerRedact = providerRedact;
  }

  /** {@code summary}; {@code null} when absent. */
  public String summary() {
    return summary;
  }

  /** {@code provider_redact}; {@code null} when absent. */
  public Boolean providerRedact() {
    return providerRedact;
  }
}
