package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.convai.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of the wire DTOs of JSON objects: keeps the members the DTO does not name, in arrival
 * order, and writes them back after the named ones.
 *
 * <p>The map is created by the first unknown member, so the usual payload, which has none,
 * allocates nothing for it. That is also why the DTOs are classes Jackson fills member by member
 * rather than records: a record's creator is handed a fresh map on every call, and receives the
 * members it buffers in reverse order.
 */
abstract class WireObject {

  private Map<String, JsonValue> unknownMembers;

  /** {@code unknownMembers} may be {@code null} for none; it is kept, not copied. */
  WireObject(Map<String, JsonValue> unknownMembers) {
    this.unknownMembers = unknownMembers;
  }

  /** A member the DTO does not name, as it arrives. */
  @JsonAnySetter
  void putUnknownMember(String name, JsonValue value) {
    if (unknownMembers == null) {
      unknownMembers = new LinkedHashMap<>();
    }
    unknownMembers.put(name, value);
  }

  /** The members the DTO does not name, in arrival order; {@code null} when there were none. */
  @JsonAnyGetter
  public final Map<String, JsonValue> unknownMembers() {
    return unknownMembers;
  }
}
