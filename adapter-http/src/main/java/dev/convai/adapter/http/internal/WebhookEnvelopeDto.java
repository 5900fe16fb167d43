package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;

/** Wire form of a webhook delivery: {@code {"type", "event_timestamp", "data"}}. */
record WebhookEnvelopeDto(
    @JsonProperty("type") String type,
    @JsonProperty("event_timestamp") Long eventTimestamp,
    @JsonProperty("data") JsonValue data) {}
