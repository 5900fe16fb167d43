package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryErrorCommonModel}. */
final class ConversationErrorDto extends WireObject {

  @JsonProperty("code") private Long code;
  @JsonProperty("reason") private String reason;

  /** For Jackson, which sets the members it finds. */
  ConversationErrorDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  ConversationErrorDto(
      Long code,
      String reason,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.code = code;
    this.reason = reason;
  }

  /** {@code code}; {@code 0} when absent (a required member). */
  public Long code() {
    return code == null ? 0L : code;
  }

  /** {@code reason}; {@code null} when absent. */
  public String reason() {
    return reason;
  }
}
