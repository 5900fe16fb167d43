package dev.convai.adapter.http.internal;

import dev.convai.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@code result_type} this library does not know: every member is kept as received. */
final class UnknownSystemToolOutcomeDto extends UnknownVariantDto implements SystemToolOutcomeDto {

  UnknownSystemToolOutcomeDto() {
    this(new LinkedHashMap<>());
  }

  UnknownSystemToolOutcomeDto(Map<String, JsonValue> properties) {
    super(properties);
  }
}
