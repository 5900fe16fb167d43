package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Wire form of {@code PromptAgentAPIModelOverride-Output}. */
final class PromptOverrideDto extends WireObject {

  @JsonProperty("prompt") private String prompt;
  @JsonProperty("llm") private String llm;
  @JsonProperty("tool_ids") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<String> toolIds;
  @JsonProperty("native_mcp_server_ids") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<String> nativeMcpServerIds;
  @JsonProperty("knowledge_base") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<KnowledgeBaseRefDto> knowledgeBase;

  /** For Jackson, which sets the members it finds. */
  PromptOverrideDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  PromptOverrideDto(
      String prompt,
      String llm,
      List<String> toolIds,
      List<String> nativeMcpServerIds,
      List<KnowledgeBaseRefDto> knowledgeBase,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.prompt = prompt;
    this.llm = llm;
    this.toolIds = toolIds;
    this.nativeMcpServerIds = nativeMcpServerIds;
    this.knowledgeBase = knowledgeBase;
  }

  /** {@code prompt}; {@code null} when absent. */
  public String prompt() {
    return prompt;
  }

  /** {@code llm}; {@code null} when absent. */
  public String llm() {
    return llm;
  }

  /** {@code tool_ids}; {@code null} when absent. */
  public List<String> toolIds() {
    return toolIds;
  }

  /** {@code native_mcp_server_ids}; {@code null} when absent. */
  public List<String> nativeMcpServerIds() {
    return nativeMcpServerIds;
  }

  /** {@code knowledge_base}; {@code null} when absent. */
  public List<KnowledgeBaseRefDto> knowledgeBase() {
    return knowledgeBase;
  }
}
