package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code KnowledgeBaseLocator}. */
final class KnowledgeBaseRefDto extends WireObject {

  @JsonProperty("type") private String type;
  @JsonProperty("name") private String name;
  @JsonProperty("id") private String id;
  @JsonProperty("usage_mode") private String usageMode;

  /** For Jackson, which sets the members it finds. */
  KnowledgeBaseRefDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  KnowledgeBaseRefDto(
      String type,
      String name,
      String id,
      String usageMode,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.type = type;
    this.name = name;
    this.id = id;
    this.usageMode = usageMode;
  }

  /** {@code type}; {@code ""} when absent (a required member). */
  public String type() {
    return type == null ? "" : type;
  }

  /** {@code name}; {@code ""} when absent (a required member). */
  public String name() {
    return name == null ? "" : name;
  }

  /** {@code id}; {@code ""} when absent (a required member). */
  public String id() {
    return id == null ? "" : id;
  }

  /** {@code usage_mode}; {@code null} when absent. */
  public String usageMode() {
    return usageMode;
  }
}
