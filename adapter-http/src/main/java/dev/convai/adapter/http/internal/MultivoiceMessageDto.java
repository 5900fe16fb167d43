package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Wire form of {@code ConversationHistoryMultivoiceMessageModel}. */
final class MultivoiceMessageDto extends WireObject {

  @JsonProperty("parts") private List<MultivoicePartDto> parts;

  /** For Jackson, which sets the members it finds. */
  MultivoiceMessageDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  MultivoiceMessageDto(
      List<MultivoicePartDto> parts,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.parts = parts;
  }

  /** {@code parts}; {@code null} when absent. */
  public List<MultivoicePartDto> parts() {
    return parts;
  }
}
