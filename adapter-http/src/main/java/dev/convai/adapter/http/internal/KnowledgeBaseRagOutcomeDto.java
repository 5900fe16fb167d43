package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/KnowledgeBaseRagToolResultModel}. */
final class KnowledgeBaseRagOutcomeDto extends WireObject implements SystemToolOutcomeDto {

  @JsonProperty("result_type") private String resultType;
  @JsonProperty("status") private String status;
  @JsonProperty("chunk_count") private Long chunkCount;
  @JsonProperty("message") private String message;

  /** For Jackson, which sets the members it finds. */
  KnowledgeBaseRagOutcomeDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  KnowledgeBaseRagOutcomeDto(
      String resultType,
      String status,
      Long chunkCount,
      String message,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.resultType = resultType;
    this.status = status;
    this.chunkCount = chunkCount;
    this.message = message;
  }

  /** {@code result_type}; {@code null} when absent. */
  public String resultType() {
    return resultType;
  }

  /** {@code status}; {@code null} when absent. */
  public String status() {
    return status;
  }

  /** {@code chunk_count}; {@code null} when absent. */
  public Long chunkCount() {
    return chunkCount;
  }

  /** {@code message}; {@code null} when absent. */
  public String message() {
    return message;
  }
}
