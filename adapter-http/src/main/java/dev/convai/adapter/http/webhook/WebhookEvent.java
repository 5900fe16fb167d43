package dev.convai.adapter.http.webhook;

import dev.convai.conversation.Conversation;
import dev.convai.json.JsonValue;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A verified webhook delivery. For {@value #POST_CALL_TRANSCRIPTION} deliveries the {@code data}
 * object is a whole conversation with its analysis, decoded by {@link #conversation()}; for other
 * types (audio, call-initiation failures, types added later) {@link #data()} holds it as received.
 */
public final class WebhookEvent {

  /** The delivery type that carries a conversation with its transcript and analysis. */
  public static final String POST_CALL_TRANSCRIPTION = "post_call_transcription";

  private final String type;
  private final long eventTimestamp;
  private final JsonValue data;
  private final Conversation conversation;

  WebhookEvent(String type, long eventTimestamp, JsonValue data, Conversation conversation) {
    this.type = Objects.requireNonNull(type, "type");
    this.eventTimestamp = eventTimestamp;
    this.data = Objects.requireNonNull(data, "data");
    this.conversation = conversation;
  }

  /** The delivery type, such as {@code post_call_transcription} or {@code post_call_audio}. */
  public String type() {
    return type;
  }

  /** When the event happened, in epoch seconds, as sent. */
  public long eventTimestampUnixSecs() {
    return eventTimestamp;
  }

  /** When the event happened; empty if the value is beyond what {@link Instant} holds. */
  public Optional<Instant> eventTime() {
    try {
      return Optional.of(Instant.ofEpochSecond(eventTimestamp));
    } catch (DateTimeException outOfRange) {
      return Optional.empty();
    }
  }

  /** The conversation of a {@value #POST_CALL_TRANSCRIPTION} delivery; empty for other types. */
  public Optional<Conversation> conversation() {
    return Optional.ofNullable(conversation);
  }

  /** The {@code data} object exactly as received. */
  public JsonValue data() {
    return data;
  }

  @Override
  public String toString() {
    return "WebhookEvent[type=" + type + ", eventTimestamp=" + eventTimestamp + "]";
  }
}
