package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code SoftTimeoutConfigOverride}. */
record SoftTimeoutOverrideDto(
    @JsonProperty("message") String message) {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static SoftTimeoutOverrideDto empty() {
    return new SoftTimeoutOverrideDto(null);
  }
}
