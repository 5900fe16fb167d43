package dev.convai.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Conversation payloads in the shape of the real fixtures (a post-call webhook of a Twilio call
 * with LLM usage, turn metrics and a system-tool call), generated from a seed so that every run
 * of every machine measures the same bytes.
 */
public final class Payloads {

  /** The sizes the benchmarks and the load runs use. */
  public enum Size {
    /** About 2 KB: a short call with little metadata. */
    SMALL(2, false, true),
    /**
     * About 15 KB: a shorter call with full metadata but none of the "any type" values (dynamic
     * variables, data-collection values), which clients generated from the spec cannot decode:
     * the payload the client-cost runs compare them on.
     */
    COMPATIBLE(7, true, false),
    /** About 27 KB: a typical few-minute call with full metadata and analysis. */
    TYPICAL(16, true, true),
    /** 2,000 turns, about 2.8 MB: a very long call, far beyond what most calls return. */
    LARGE(2_000, true, true),
    /**
     * 2,000 turns of about 4 MB: the long call with longer agent turns, for the smallest heap
     * that decodes it.
     */
    HUGE(2_000, true, true);

    private final int turns;
    private final boolean rich;
    private final boolean anyTyped;

    Size(int turns, boolean rich, boolean anyTyped) {
      this.turns = turns;
      this.rich = rich;
      this.anyTyped = anyTyped;
    }

    /** The number of transcript entries. */
    public int turns() {
      return turns;
    }

    /** The payload for this size, with the fixed seed. */
    public byte[] bytes() {
      return conversation(turns, rich, anyTyped, this == HUGE ? 200 : 100, SEED);
    }
  }

  /** The seed of every published number. */
  public static final long SEED = 20_250_605L;

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String[] WORDS = {
    "the", "grievance", "officer", "requested", "your", "details", "could", "you", "please",
    "confirm", "address", "number", "I", "will", "check", "that", "for", "you", "right", "now",
    "thank", "case", "status", "is", "pending", "review", "we", "need", "the", "full", "name",
    "as", "printed", "on", "card", "and", "date", "of", "birth", "yes", "no", "maybe", "later",
    "appointment", "tomorrow", "morning", "office", "closed", "reference", "நன்றி", "சரி",
    "முகவரி", "ticket", "escalate", "supervisor", "callback", "minutes", "payment", "received",
  };

  private Payloads() {}

  /**
   * A conversation of {@code turns} transcript entries.
   *
   * @param rich whether metadata, analysis and initiation data are filled as in a real call
   */
  public static byte[] conversation(int turns, boolean rich, long seed) {
    return conversation(turns, rich, true, 100, seed);
  }

  private static byte[] conversation(int turns, boolean rich, boolean anyTyped, int agentWords, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ObjectNode root = JSON.createObjectNode();
    String agentId = "agent_" + id(random, 26);
    String conversationId = "conv_" + id(random, 26);
    root.put("agent_id", agentId);
    root.put("conversation_id", conversationId);
    root.put("status", "done");
    root.put("user_id", "user_" + id(random, 8));
    ArrayNode transcript = root.putArray("transcript");
    long second = 0;
    for (int i = 0; i < turns; i++) {
      second += 1 + random.nextInt(9);
      transcript.add(turn(random, i, second, rich, agentWords));
    }
    root.set("metadata", metadata(random, second, rich));
    root.set("analysis", analysis(random, rich, anyTyped));
    if (rich && anyTyped) {
      root.set("conversation_initiation_client_data", initiation(random, agentId, conversationId));
    }
    if (rich) {
      root.put("has_audio", true);
      root.put("has_user_audio", true);
      root.put("has_response_audio", true);
    }
    if (rich && !anyTyped) {
      // The official JS SDK refuses a body without it; the older sizes keep their published bytes.
      root.put("has_auxiliary_audio", false);
    }
    try {
      return JSON.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode turn(SplittableRandom random, int index, long second, boolean rich, int agentWords) {
    boolean agent = index % 2 == 0;
    ObjectNode turn = JSON.createObjectNode();
    turn.put("role", agent ? "agent" : "user");
    // Every tenth agent turn calls a system tool and the next agent turn carries its result, as in
    // the real Tamil-language call.
    boolean toolCall = agent && index % 20 == 10;
    boolean toolResult = agent && index % 20 == 12;
    if (toolCall || toolResult) {
      turn.putNull("message");
    } else {
      // A short call has short utterances; in a full call the agent talks at length.
      int words = rich ? (agent ? agentWords : 25) : (agent ? 25 : 8);
      turn.put("message", sentence(random, words, words * 3));
    }
    ArrayNode calls = turn.putArray("tool_calls");
    ArrayNode results = turn.putArray("tool_results");
    String requestId = "toolu_vrtx_" + (index - (toolResult ? 2 : 0));
    if (toolCall) {
      ObjectNode call = calls.addObject();
      call.put("type", "system");
      call.put("request_id", requestId);
      call.put("tool_name", "language_detection");
      call.put("params_as_json", "{\"language\": \"ta\", \"reason\": \"" + sentence(random, 6, 12) + "\"}");
      call.put("tool_has_been_called", true);
      call.putNull("tool_details");
    }
    if (toolResult) {
      ObjectNode result = results.addObject();
      result.put("type", "system");
      result.put("request_id", requestId);
      result.put("tool_name", "language_detection");
      result.put("result_value", "{\"status\": \"success\", \"language\": \"ta\"}");
      result.put("is_error", false);
      result.put("tool_has_been_called", true);
      result.put("tool_latency_secs", random.nextDouble() / 1000);
    }
    turn.putNull("feedback");
    turn.putNull("llm_override");
    turn.put("time_in_call_secs", second);
    if (agent && !toolCall && !toolResult) {
      ObjectNode metrics = turn.putObject("conversation_turn_metrics").putObject("metrics");
      metrics.putObject("convai_llm_service_ttf_sentence").put("elapsed_time", 0.5 + random.nextDouble());
      metrics.putObject("convai_llm_service_ttfb").put("elapsed_time", 0.3 + random.nextDouble());
      turn.set("llm_usage", llmUsage(random));
      boolean interrupted = random.nextInt(3) == 0;
      turn.put("interrupted", interrupted);
      if (interrupted) {
        turn.put("original_message", rich ? sentence(random, 100, 300) : sentence(random, 10, 30));
      } else {
        turn.putNull("original_message");
      }
      turn.putNull("source_medium");
    } else {
      turn.putNull("conversation_turn_metrics");
      turn.putNull("llm_usage");
      turn.put("interrupted", false);
      turn.putNull("original_message");
      if (agent) {
        turn.putNull("source_medium");
      } else {
        turn.put("source_medium", "audio");
      }
    }
    if (agent && index % 6 == 4) {
      turn.set("rag_retrieval_info", ragRetrieval(random));
    } else {
      turn.putNull("rag_retrieval_info");
    }
    return turn;
  }

  private static ObjectNode ragRetrieval(SplittableRandom random) {
    ObjectNode rag = JSON.createObjectNode();
    ArrayNode chunks = rag.putArray("chunks");
    for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
      ObjectNode chunk = chunks.addObject();
      chunk.put("document_id", "doc_" + id(random, 20));
      chunk.put("chunk_id", "chunk_" + id(random, 12));
      chunk.put("vector_distance", random.nextDouble());
    }
    rag.put("embedding_model", "e5_mistral_7b_instruct");
    rag.put("retrieval_query", sentence(random, 8, 20));
    rag.put("rag_latency_secs", random.nextDouble() / 10);
    return rag;
  }

  private static ObjectNode llmUsage(SplittableRandom random) {
    ObjectNode usage = JSON.createObjectNode();
    ObjectNode model = usage.putObject("model_usage").putObject("claude-sonnet-4");
    int input = 1_000 + random.nextInt(30_000);
    int output = 20 + random.nextInt(400);
    tokens(model.putObject("input"), input, input * 0.000003);
    tokens(model.putObject("input_cache_read"), 0, 0);
    tokens(model.putObject("input_cache_write"), 0, 0);
    tokens(model.putObject("output_total"), output, output * 0.000015);
    return usage;
  }

  private static void tokens(ObjectNode node, long tokens, double price) {
    node.put("tokens", tokens);
    node.put("price", price);
  }

  private static ObjectNode metadata(SplittableRandom random, long duration, boolean rich) {
    ObjectNode metadata = JSON.createObjectNode();
    long start = 1_749_124_522L + random.nextInt(1_000_000);
    metadata.put("start_time_unix_secs", start);
    metadata.put("call_duration_secs", duration);
    metadata.put("cost", 100 + random.nextInt(2_000));
    ObjectNode deletion = metadata.putObject("deletion_settings");
    deletion.putNull("deletion_time_unix_secs");
    deletion.put("delete_transcript_and_pii", false);
    deletion.put("delete_audio", false);
    ObjectNode feedback = metadata.putObject("feedback");
    feedback.putNull("overall_score");
    feedback.put("likes", 0);
    feedback.put("dislikes", 0);
    metadata.put("authorization_method", "signed_url");
    metadata.put("termination_reason", "Client disconnected");
    if (!rich) {
      return metadata;
    }
    metadata.put("accepted_time_unix_secs", start + 1);
    ObjectNode charging = metadata.putObject("charging");
    charging.put("dev_discount", false);
    charging.put("tier", "creator");
    ObjectNode chargingUsage = charging.putObject("llm_usage");
    chargingUsage.set("irreversible_generation", llmUsage(random));
    chargingUsage.set("initiated_generation", llmUsage(random));
    charging.put("llm_price", random.nextDouble());
    ObjectNode phone = metadata.putObject("phone_call");
    phone.put("direction", "outbound");
    phone.put("phone_number_id", "phnum_" + id(random, 26));
    phone.put("agent_number", "+15555550100");
    phone.put("external_number", "+9155555 00100");
    phone.put("type", "twilio");
    phone.put("stream_sid", "MZ" + id(random, 32));
    phone.put("call_sid", "CA" + id(random, 32));
    metadata.putNull("batch_call");
    metadata.putNull("error");
    metadata.put("main_language", "en");
    metadata.putNull("rag_usage");
    metadata.put("text_only", false);
    ObjectNode features = metadata.putObject("features_usage");
    for (String feature :
        new String[] {"language_detection", "transfer_to_agent", "transfer_to_number", "multivoice"}) {
      boolean enabled = random.nextBoolean();
      features.putObject(feature).put("enabled", enabled).put("used", enabled && random.nextBoolean());
    }
    features.put("pii_zrm_workspace", false);
    features.put("pii_zrm_agent", false);
    return metadata;
  }

  private static ObjectNode analysis(SplittableRandom random, boolean rich, boolean anyTyped) {
    ObjectNode analysis = JSON.createObjectNode();
    ObjectNode criteria = analysis.putObject("evaluation_criteria_results");
    ObjectNode data = analysis.putObject("data_collection_results");
    if (rich) {
      for (String id : new String[] {"identity_verified", "address_collected", "polite_tone"}) {
        ObjectNode criterion = criteria.putObject(id);
        criterion.put("criteria_id", id);
        criterion.put("result", random.nextInt(4) == 0 ? "failure" : "success");
        criterion.put("rationale", sentence(random, 15, 30));
      }
      ObjectNode name = dataResult(data, "customer_name", random);
      ObjectNode age = dataResult(data, "aadhaar_digits", random);
      ObjectNode consent = dataResult(data, "consent_given", random);
      if (anyTyped) {
        name.put("value", "Angelo");
        age.put("value", 12);
        consent.put("value", true);
      }
    }
    analysis.put("call_successful", "success");
    analysis.put("transcript_summary", sentence(random, rich ? 40 : 10, rich ? 80 : 20));
    return analysis;
  }

  private static ObjectNode dataResult(ObjectNode results, String id, SplittableRandom random) {
    ObjectNode result = results.putObject(id);
    result.put("data_collection_id", id);
    result.put("rationale", sentence(random, 10, 25));
    return result;
  }

  private static ObjectNode initiation(SplittableRandom random, String agentId, String conversationId) {
    ObjectNode initiation = JSON.createObjectNode();
    ObjectNode override = initiation.putObject("conversation_config_override");
    override.putNull("tts");
    override.putNull("conversation");
    override.putNull("agent");
    initiation.putObject("custom_llm_extra_body");
    ObjectNode variables = initiation.putObject("dynamic_variables");
    variables.put("user_name", "Angelo");
    variables.put("information", "Please provide your Aadhar details");
    variables.put("system__agent_id", agentId);
    variables.put("system__conversation_id", conversationId);
    variables.put("system__caller_id", "+15555550100");
    variables.put("system__call_duration_secs", 1 + random.nextInt(600));
    variables.put("system__time_utc", "2025-06-05T11:58:01.390549+00:00");
    return initiation;
  }

  private static String sentence(SplittableRandom random, int minWords, int maxWords) {
    int words = minWords + random.nextInt(maxWords - minWords + 1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        text.append(i % 9 == 0 ? ". " : " ");
      }
      text.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.append('.').toString();
  }

  private static String id(SplittableRandom random, int length) {
    StringBuilder id = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      id.append(Character.forDigit(random.nextInt(36), 36));
    }
    return id.toString().toLowerCase(Locale.ROOT);
  }
}
