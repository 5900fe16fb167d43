package dev.convai.initiation;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * An LLM the agent can use. The list grows every month; unknown names are kept.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code LLM}.
 */
public final class LlmModel extends OpenVocabulary {

  private static final Registry<LlmModel> VALUES = new Registry<>(LlmModel::new);

  /** {@code gpt-4o-mini}. */
  public static final LlmModel GPT_4O_MINI = VALUES.known("gpt-4o-mini");

  /** {@code gpt-4o}. */
  public static final LlmModel GPT_4O = VALUES.known("gpt-4o");

  /** {@code gpt-4}. */
  public static final LlmModel GPT_4 = VALUES.known("gpt-4");

  /** {@code gpt-4-turbo}. */
  public static final LlmModel GPT_4_TURBO = VALUES.known("gpt-4-turbo");

  /** {@code gpt-4.1}. */
  public static final LlmModel GPT_4_1 = VALUES.known("gpt-4.1");

  /** {@code gpt-4.1-mini}. */
  public static final LlmModel GPT_4_1_MINI = VALUES.known("gpt-4.1-mini");

  /** {@code gpt-4.1-nano}. */
  public static final LlmModel GPT_4_1_NANO = VALUES.known("gpt-4.1-nano");

  /** {@code gpt-5}. */
  public static final LlmModel GPT_5 = VALUES.known("gpt-5");

  /** {@code gpt-5.1}. */
  public static final LlmModel GPT_5_1 = VALUES.known("gpt-5.1");

  /** {@code gpt-5.2}. */
  public static final LlmModel GPT_5_2 = VALUES.known("gpt-5.2");

  /** {@code gpt-5.2-chat-latest}. */
  public static final LlmModel GPT_5_2_CHAT_LATEST = VALUES.known("gpt-5.2-chat-latest");

  /** {@code gpt-5.4}. */
  public static final LlmModel GPT_5_4 = VALUES.known("gpt-5.4");

  /** {@code gpt-5.4-mini}. */
  public static final LlmModel GPT_5_4_MINI = VALUES.known("gpt-5.4-mini");

  /** {@code gpt-5.4-nano}. */
  public static final LlmModel GPT_5_4_NANO = VALUES.known("gpt-5.4-nano");

  /** {@code gpt-5.5}. */
  public static final LlmModel GPT_5_5 = VALUES.known("gpt-5.5");

  /** {@code gpt-5-mini}. */
  public static final LlmModel GPT_5_MINI = VALUES.known("gpt-5-mini");

  /** {@code gpt-5-nano}. */
  public static final LlmModel GPT_5_NANO = VALUES.known("gpt-5-nano");

  /** {@code gpt-3.5-turbo}. */
  public static final LlmModel GPT_3_5_TURBO = VALUES.known("gpt-3.5-turbo");

  /** {@code gemini-1.5-pro}. */
  public static final LlmModel GEMINI_1_5_PRO = VALUES.known("gemini-1.5-pro");

  /** {@code gemini-1.5-flash}. */
  public static final LlmModel GEMINI_1_5_FLASH = VALUES.known("gemini-1.5-flash");

  /** {@code gemini-2.0-flash}. */
  public static final LlmModel GEMINI_2_0_FLASH = VALUES.known("gemini-2.0-flash");

  /** {@code gemini-2.0-flash-lite}. */
  public static final LlmModel GEMINI_2_0_FLASH_LITE = VALUES.known("gemini-2.0-flash-lite");

  /** {@code gemini-2.5-flash-lite}. */
  public static final LlmModel GEMINI_2_5_FLASH_LITE = VALUES.known("gemini-2.5-flash-lite");

  /** {@code gemini-2.5-flash}. */
  public static final LlmModel GEMINI_2_5_FLASH = VALUES.known("gemini-2.5-flash");

  /** {@code gemini-3-pro-preview}. */
  public static final LlmModel GEMINI_3_PRO_PREVIEW = VALUES.known("gemini-3-pro-preview");

  /** {@code gemini-3-flash-preview}. */
  public static final LlmModel GEMINI_3_FLASH_PREVIEW = VALUES.known("gemini-3-flash-preview");

  /** {@code gemini-3.1-pro-preview}. */
  public static final LlmModel GEMINI_3_1_PRO_PREVIEW = VALUES.known("gemini-3.1-pro-preview");

  /** {@code gemini-3.1-flash-lite-preview}. */
  public static final LlmModel GEMINI_3_1_FLASH_LITE_PREVIEW = VALUES.known("gemini-3.1-flash-lite-preview");

  /** {@code gemini-3.1-flash-lite}. */
  public static final LlmModel GEMINI_3_1_FLASH_LITE = VALUES.known("gemini-3.1-flash-lite");

  /** {@code gemini-3.5-flash}. */
  public static final LlmModel GEMINI_3_5_FLASH = VALUES.known("gemini-3.5-flash");

  /** {@code claude-sonnet-4-5}. */
  public static final LlmModel CLAUDE_SONNET_4_5 = VALUES.known("claude-sonnet-4-5");

  /** {@code claude-opus-4-7}. */
  public static final LlmModel CLAUDE_OPUS_4_7 = VALUES.known("claude-opus-4-7");

  /** {@code claude-sonnet-4-6}. */
  public static final LlmModel CLAUDE_SONNET_4_6 = VALUES.known("claude-sonnet-4-6");

  /** {@code claude-sonnet-4}. */
  public static final LlmModel CLAUDE_SONNET_4 = VALUES.known("claude-sonnet-4");

  /** {@code claude-haiku-4-5}. */
  public static final LlmModel CLAUDE_HAIKU_4_5 = VALUES.known("claude-haiku-4-5");

  /** {@code claude-3-7-sonnet}. */
  public static final LlmModel CLAUDE_3_7_SONNET = VALUES.known("claude-3-7-sonnet");

  /** {@code claude-3-5-sonnet}. */
  public static final LlmModel CLAUDE_3_5_SONNET = VALUES.known("claude-3-5-sonnet");

  /** {@code claude-3-5-sonnet-v1}. */
  public static final LlmModel CLAUDE_3_5_SONNET_V1 = VALUES.known("claude-3-5-sonnet-v1");

  /** {@code claude-3-haiku}. */
  public static final LlmModel CLAUDE_3_HAIKU = VALUES.known("claude-3-haiku");

  /** {@code grok-beta}. */
  public static final LlmModel GROK_BETA = VALUES.known("grok-beta");

  /** {@code custom-llm}. */
  public static final LlmModel CUSTOM_LLM = VALUES.known("custom-llm");

  /** {@code qwen3-4b}. */
  public static final LlmModel QWEN3_4B = VALUES.known("qwen3-4b");

  /** {@code qwen3-30b-a3b}. */
  public static final LlmModel QWEN3_30B_A3B = VALUES.known("qwen3-30b-a3b");

  /** {@code qwen36-35b-a3b}. */
  public static final LlmModel QWEN36_35B_A3B = VALUES.known("qwen36-35b-a3b");

  /** {@code qwen35-397b-a17b}. */
  public static final LlmModel QWEN35_397B_A17B = VALUES.known("qwen35-397b-a17b");

  /** {@code gpt-oss-20b}. */
  public static final LlmModel GPT_OSS_20B = VALUES.known("gpt-oss-20b");

  /** {@code gpt-oss-120b}. */
  public static final LlmModel GPT_OSS_120B = VALUES.known("gpt-oss-120b");

  /** {@code glm-45-air-fp8}. */
  public static final LlmModel GLM_45_AIR_FP8 = VALUES.known("glm-45-air-fp8");

  /** {@code gemini-2.5-flash-preview-09-2025}. */
  public static final LlmModel GEMINI_2_5_FLASH_PREVIEW_09_2025 = VALUES.known("gemini-2.5-flash-preview-09-2025");

  /** {@code gemini-2.5-flash-lite-preview-09-2025}. */
  public static final LlmModel GEMINI_2_5_FLASH_LITE_PREVIEW_09_2025 = VALUES.known("gemini-2.5-flash-lite-preview-09-2025");

  /** {@code gemini-2.5-flash-preview-05-20}. */
  public static final LlmModel GEMINI_2_5_FLASH_PREVIEW_05_20 = VALUES.known("gemini-2.5-flash-preview-05-20");

  /** {@code gemini-2.5-flash-preview-04-17}. */
  public static final LlmModel GEMINI_2_5_FLASH_PREVIEW_04_17 = VALUES.known("gemini-2.5-flash-preview-04-17");

  /** {@code gemini-2.5-flash-lite-preview-06-17}. */
  public static final LlmModel GEMINI_2_5_FLASH_LITE_PREVIEW_06_17 = VALUES.known("gemini-2.5-flash-lite-preview-06-17");

  /** {@code gemini-2.0-flash-lite-001}. */
  public static final LlmModel GEMINI_2_0_FLASH_LITE_001 = VALUES.known("gemini-2.0-flash-lite-001");

  /** {@code gemini-2.0-flash-001}. */
  public static final LlmModel GEMINI_2_0_FLASH_001 = VALUES.known("gemini-2.0-flash-001");

  /** {@code gemini-1.5-flash-002}. */
  public static final LlmModel GEMINI_1_5_FLASH_002 = VALUES.known("gemini-1.5-flash-002");

  /** {@code gemini-1.5-flash-001}. */
  public static final LlmModel GEMINI_1_5_FLASH_001 = VALUES.known("gemini-1.5-flash-001");

  /** {@code gemini-1.5-pro-002}. */
  public static final LlmModel GEMINI_1_5_PRO_002 = VALUES.known("gemini-1.5-pro-002");

  /** {@code gemini-1.5-pro-001}. */
  public static final LlmModel GEMINI_1_5_PRO_001 = VALUES.known("gemini-1.5-pro-001");

  /** {@code claude-sonnet-4@20250514}. */
  public static final LlmModel CLAUDE_SONNET_4_20250514 = VALUES.known("claude-sonnet-4@20250514");

  /** {@code claude-sonnet-4-5@20250929}. */
  public static final LlmModel CLAUDE_SONNET_4_5_20250929 = VALUES.known("claude-sonnet-4-5@20250929");

  /** {@code claude-haiku-4-5@20251001}. */
  public static final LlmModel CLAUDE_HAIKU_4_5_20251001 = VALUES.known("claude-haiku-4-5@20251001");

  /** {@code claude-3-7-sonnet@20250219}. */
  public static final LlmModel CLAUDE_3_7_SONNET_20250219 = VALUES.known("claude-3-7-sonnet@20250219");

  /** {@code claude-3-5-sonnet@20240620}. */
  public static final LlmModel CLAUDE_3_5_SONNET_20240620 = VALUES.known("claude-3-5-sonnet@20240620");

  /** {@code claude-3-5-sonnet-v2@20241022}. */
  public static final LlmModel CLAUDE_3_5_SONNET_V2_20241022 = VALUES.known("claude-3-5-sonnet-v2@20241022");

  /** {@code claude-3-haiku@20240307}. */
  public static final LlmModel CLAUDE_3_HAIKU_20240307 = VALUES.known("claude-3-haiku@20240307");

  /** {@code gpt-5-2025-08-07}. */
  public static final LlmModel GPT_5_2025_08_07 = VALUES.known("gpt-5-2025-08-07");

  /** {@code gpt-5.1-2025-11-13}. */
  public static final LlmModel GPT_5_1_2025_11_13 = VALUES.known("gpt-5.1-2025-11-13");

  /** {@code gpt-5.2-2025-12-11}. */
  public static final LlmModel GPT_5_2_2025_12_11 = VALUES.known("gpt-5.2-2025-12-11");

  /** {@code gpt-5.4-2026-03-05}. */
  public static final LlmModel GPT_5_4_2026_03_05 = VALUES.known("gpt-5.4-2026-03-05");

  /** {@code gpt-5.4-mini-2026-03-17}. */
  public static final LlmModel GPT_5_4_MINI_2026_03_17 = VALUES.known("gpt-5.4-mini-2026-03-17");

  /** {@code gpt-5.4-nano-2026-03-17}. */
  public static final LlmModel GPT_5_4_NANO_2026_03_17 = VALUES.known("gpt-5.4-nano-2026-03-17");

  /** {@code gpt-5.5-2026-04-23}. */
  public static final LlmModel GPT_5_5_2026_04_23 = VALUES.known("gpt-5.5-2026-04-23");

  /** {@code gpt-5-mini-2025-08-07}. */
  public static final LlmModel GPT_5_MINI_2025_08_07 = VALUES.known("gpt-5-mini-2025-08-07");

  /** {@code gpt-5-nano-2025-08-07}. */
  public static final LlmModel GPT_5_NANO_2025_08_07 = VALUES.known("gpt-5-nano-2025-08-07");

  /** {@code gpt-4.1-2025-04-14}. */
  public static final LlmModel GPT_4_1_2025_04_14 = VALUES.known("gpt-4.1-2025-04-14");

  /** {@code gpt-4.1-mini-2025-04-14}. */
  public static final LlmModel GPT_4_1_MINI_2025_04_14 = VALUES.known("gpt-4.1-mini-2025-04-14");

  /** {@code gpt-4.1-nano-2025-04-14}. */
  public static final LlmModel GPT_4_1_NANO_2025_04_14 = VALUES.known("gpt-4.1-nano-2025-04-14");

  /** {@code gpt-4o-mini-2024-07-18}. */
  public static final LlmModel GPT_4O_MINI_2024_07_18 = VALUES.known("gpt-4o-mini-2024-07-18");

  /** {@code gpt-4o-2024-11-20}. */
  public static final LlmModel GPT_4O_2024_11_20 = VALUES.known("gpt-4o-2024-11-20");

  /** {@code gpt-4o-2024-08-06}. */
  public static final LlmModel GPT_4O_2024_08_06 = VALUES.known("gpt-4o-2024-08-06");

  /** {@code gpt-4o-2024-05-13}. */
  public static final LlmModel GPT_4O_2024_05_13 = VALUES.known("gpt-4o-2024-05-13");

  /** {@code gpt-4-0613}. */
  public static final LlmModel GPT_4_0613 = VALUES.known("gpt-4-0613");

  /** {@code gpt-4-0314}. */
  public static final LlmModel GPT_4_0314 = VALUES.known("gpt-4-0314");

  /** {@code gpt-4-turbo-2024-04-09}. */
  public static final LlmModel GPT_4_TURBO_2024_04_09 = VALUES.known("gpt-4-turbo-2024-04-09");

  /** {@code gpt-3.5-turbo-0125}. */
  public static final LlmModel GPT_3_5_TURBO_0125 = VALUES.known("gpt-3.5-turbo-0125");

  /** {@code gpt-3.5-turbo-1106}. */
  public static final LlmModel GPT_3_5_TURBO_1106 = VALUES.known("gpt-3.5-turbo-1106");

  /** {@code watt-tool-8b}. */
  public static final LlmModel WATT_TOOL_8B = VALUES.known("watt-tool-8b");

  /** {@code watt-tool-70b}. */
  public static final LlmModel WATT_TOOL_70B = VALUES.known("watt-tool-70b");

  /** {@code gpt-5.6-sol}. Sent by the live API, absent from the documented spec. */
  public static final LlmModel GPT_5_6_SOL = VALUES.known("gpt-5.6-sol");

  /** {@code gpt-5.6-terra}. Sent by the live API, absent from the documented spec. */
  public static final LlmModel GPT_5_6_TERRA = VALUES.known("gpt-5.6-terra");

  /** {@code gpt-5.6-luna}. Sent by the live API, absent from the documented spec. */
  public static final LlmModel GPT_5_6_LUNA = VALUES.known("gpt-5.6-luna");

  /** {@code claude-opus-4-8}. Sent by the live API, absent from the documented spec. */
  public static final LlmModel CLAUDE_OPUS_4_8 = VALUES.known("claude-opus-4-8");

  /** {@code claude-sonnet-5}. Sent by the live API, absent from the documented spec. */
  public static final LlmModel CLAUDE_SONNET_5 = VALUES.known("claude-sonnet-5");

  private LlmModel(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static LlmModel of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<LlmModel> knownValues() {
    return VALUES.values();
  }
}
