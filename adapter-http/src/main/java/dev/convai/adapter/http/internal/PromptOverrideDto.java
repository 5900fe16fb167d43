package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Wire form of {@code PromptAgentAPIModelOverride-Output}. */
record PromptOverrideDto(
    @JsonProperty("prompt") String prompt,
    @JsonProperty("llm") String llm,
    @JsonProperty("tool_ids") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> toolIds,
    @JsonProperty("native_mcp_server_ids") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> nativeMcpServerIds,
    @JsonProperty("knowledge_base") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<KnowledgeBaseRefDto> knowledgeBase) {

  PromptOverrideDto {
    toolIds = toolIds == null ? List.of() : toolIds;
    nativeMcpServerIds = nativeMcpServerIds == null ? List.of() : nativeMcpServerIds;
    knowledgeBase = knowledgeBase == null ? List.of() : knowledgeBase;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static PromptOverrideDto empty() {
    return new PromptOverrideDto(null, null, null, null, null);
  }
}
