package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryRagUsageCommonModel}. */
final class RagUsageDto extends WireObject {

  @JsonProperty("usage_count") private Long usageCount;
  @JsonProperty("embedding_model") private String embeddingModel;

  /** For Jackson, which sets the members it finds. */
  RagUsageDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  RagUsageDto(
      Long usageCount,
      String embeddingModel,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.usageCount = usageCount;
    this.embeddingModel = embeddingModel;
  }

  /** {@code usage_count}; {@code 0} when absent (a required member). */
  public Long usageCount() {
    return usageCount == null ? 0L : usageCount;
  }

  /** {@code embedding_model}; {@code ""} when absent (a required member). */
  public String embeddingModel() {
    return embeddingModel == null ? "" : embeddingModel;
  }
}
