package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code TurnConfigOverride}. */
record TurnOverrideDto(
    @JsonProperty("soft_timeout_config") SoftTimeoutOverrideDto softTimeoutConfig) {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static TurnOverrideDto empty() {
    return new TurnOverrideDto(null);
  }
}
