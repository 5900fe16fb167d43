package dev.convai.adapter.http.internal;

import dev.convai.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@code branch_reason} this library does not know: every member is kept as received. */
final class UnknownBranchInfoDto extends UnknownVariantDto implements TransferBranchInfoDto {

  UnknownBranchInfoDto() {
    this(new LinkedHashMap<>());
  }

  UnknownBranchInfoDto(Map<String, JsonValue> properties) {
    super(properties);
  }
}
