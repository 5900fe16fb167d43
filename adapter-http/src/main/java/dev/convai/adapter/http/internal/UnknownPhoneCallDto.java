package dev.convai.adapter.http.internal;

import dev.convai.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@code type} this library does not know: every member is kept as received. */
final class UnknownPhoneCallDto extends UnknownVariantDto implements PhoneCallDto {

  UnknownPhoneCallDto() {
    this(new LinkedHashMap<>());
  }

  UnknownPhoneCallDto(Map<String, JsonValue> properties) {
    super(properties);
  }
}
