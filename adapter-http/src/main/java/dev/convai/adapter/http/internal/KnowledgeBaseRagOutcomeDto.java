package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/KnowledgeBaseRagToolResultModel}. */
record KnowledgeBaseRagOutcomeDto(
    @JsonProperty("result_type") String resultType,
    @JsonProperty("status") String status,
    @JsonProperty("chunk_count") Long chunkCount,
    @JsonProperty("message") String message) implements SystemToolOutcomeDto {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static KnowledgeBaseRagOutcomeDto empty() {
    return new KnowledgeBaseRagOutcomeDto(null, null, null, null);
  }
}
