package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.convai.json.JsonValue;
import java.util.Map;

/**
 * The wire form of a union variant this library does not know: every member, the discriminator
 * included, is kept as received and written back unchanged.
 */
abstract class UnknownVariantDto {

  private final Map<String, JsonValue> properties;

  UnknownVariantDto(Map<String, JsonValue> properties) {
    this.properties = properties;
  }

  @JsonAnySetter
  final void put(String name, JsonValue value) {
    properties.put(name, value);
  }

  @JsonAnyGetter
  final Map<String, JsonValue> properties() {
    return properties;
  }
}
