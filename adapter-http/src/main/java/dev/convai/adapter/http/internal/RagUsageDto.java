package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryRagUsageCommonModel}. */
record RagUsageDto(
    @JsonProperty("usage_count") Long usageCount,
    @JsonProperty("embedding_model") String embeddingModel) {

  RagUsageDto {
    usageCount = usageCount == null ? 0L : usageCount;
    embeddingModel = embeddingModel == null ? "" : embeddingModel;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static RagUsageDto empty() {
    return new RagUsageDto(null, null);
  }
}
