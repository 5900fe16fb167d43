package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Wire form of {@code ASRConversationalConfigOverride}. */
final class AsrOverrideDto extends WireObject {

  @JsonProperty("keywords") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<String> keywords;

  /** For Jackson, which sets the members it finds. */
  AsrOverrideDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  AsrOverrideDto(
      List<String> keywords,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.keywords = keywords;
  }

  /** {@code keywords}; {@code null} when absent. */
  public List<String> keywords() {
    return keywords;
  }
}
