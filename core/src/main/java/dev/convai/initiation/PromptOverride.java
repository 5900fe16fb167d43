package dev.convai.initiation;

import dev.convai.json.Extensible;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Prompt overrides: text, LLM, tools, knowledge base.
 *
 * <p>Wire schema {@code PromptAgentAPIModelOverride-Output}.
 */
@Value.Immutable
public interface PromptOverride extends Extensible {

  /** The prompt for the agent. Wire name {@code prompt}; empty when absent or {@code null}. */
  Optional<String> prompt();

  /**
   * The LLM to query with the prompt and the chat history. If using data residency, the LLM must be
   * supported in the data residency environment. Wire name {@code llm}; empty when absent or {@code
   * null}.
   */
  Optional<LlmModel> llm();

  /**
   * A list of IDs of tools used by the agent. Wire name {@code tool_ids}; empty when absent or
   * {@code null}.
   */
  List<String> toolIds();

  /**
   * A list of Native MCP server ids to be used by the agent. Wire name {@code
   * native_mcp_server_ids}; empty when absent or {@code null}.
   */
  List<String> nativeMcpServerIds();

  /**
   * A list of knowledge bases to be used by the agent. Wire name {@code knowledge_base}; empty when
   * absent or {@code null}.
   */
  List<KnowledgeBaseRef> knowledgeBase();

  /** A builder for this type. */
  static ImmutablePromptOverride.Builder builder() {
    return ImmutablePromptOverride.builder();
  }
}
