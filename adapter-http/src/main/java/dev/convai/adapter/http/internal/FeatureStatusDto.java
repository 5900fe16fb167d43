package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code FeatureStatusCommonModel}. */
record FeatureStatusDto(
    @JsonProperty("enabled") Boolean enabled,
    @JsonProperty("used") Boolean used) {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static FeatureStatusDto empty() {
    return new FeatureStatusDto(null, null);
  }
}
