package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.convai.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@code type} this library does not know: every member is kept as received. */
final class UnknownPhoneCallDto implements PhoneCallDto {

  private final Map<String, JsonValue> properties;

  UnknownPhoneCallDto() {
    this(new LinkedHashMap<>());
  }

  UnknownPhoneCallDto(Map<String, JsonValue> properties) {
    this.properties = properties;
  }

  @JsonAnySetter
  void put(String name, JsonValue value) {
    properties.put(name, value);
  }

  @JsonAnyGetter
  Map<String, JsonValue> properties() {
    return properties;
  }
}
