package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryMultivoiceMessagePartModel}. */
final class MultivoicePartDto extends WireObject {

  @JsonProperty("text") private String text;
  @JsonProperty("voice_label") private String voiceLabel;
  @JsonProperty("time_in_call_secs") private Long timeInCallSecs;

  /** For Jackson, which sets the members it finds. */
  MultivoicePartDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  MultivoicePartDto(
      String text,
      String voiceLabel,
      Long timeInCallSecs,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.text = text;
    this.voiceLabel = voiceLabel;
    this.timeInCallSecs = timeInCallSecs;
  }

  /** {@code text}; {@code ""} when absent (a required member). */
  public String text() {
    return text == null ? "" : text;
  }

  /** {@code voice_label}; {@code null} when absent. */
  public String voiceLabel() {
    return voiceLabel;
  }

  /** {@code time_in_call_secs}; {@code null} when absent. */
  public Long timeInCallSecs() {
    return timeInCallSecs;
  }
}
