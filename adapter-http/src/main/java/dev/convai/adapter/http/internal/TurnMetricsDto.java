package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wire form of {@code ConversationTurnMetrics}, in both shapes the API has used: the current one
 * with a {@code metrics} object, and the older one (still in webhook payloads) where each metric
 * such as {@code convai_llm_service_ttfb} is a member of its own. Older-shape metrics are folded
 * into {@link #metrics()}, so the domain sees one shape and encoding writes the current one; any
 * other member the schema does not name is kept as an unknown member.
 */
final class TurnMetricsDto extends WireObject {

  @JsonProperty("metrics")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  private Map<String, TurnMetricDto> metrics;

  @JsonProperty("convai_asr_provider")
  private String convaiAsrProvider;

  @JsonProperty("convai_tts_model")
  private String convaiTtsModel;

  @JsonProperty("convai_tts_cascade")
  private String convaiTtsCascade;

  // Kept apart from `metrics`: the `metrics` member may arrive after the older-shape ones.
  private Map<String, TurnMetricDto> olderShapeMetrics;

  /** For Jackson, which sets the members it finds. */
  TurnMetricsDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  TurnMetricsDto(
      Map<String, TurnMetricDto> metrics,
      String convaiAsrProvider,
      String convaiTtsModel,
      String convaiTtsCascade,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.metrics = metrics;
    this.convaiAsrProvider = convaiAsrProvider;
    this.convaiTtsModel = convaiTtsModel;
    this.convaiTtsCascade = convaiTtsCascade;
  }

  /**
   * An older-shape metric, an object with a numeric {@code elapsed_time}, joins the metrics (its
   * other members stay with it); anything else is an unknown member.
   */
  @Override
  void putUnknownMember(String name, JsonValue value) {
    if (value instanceof JsonValue.JsonObject) {
      Map<String, JsonValue> members = ((JsonValue.JsonObject) value).members();
      JsonValue elapsed = members.get("elapsed_time");
      if (elapsed != null && elapsed.asDouble().isPresent()) {
        Map<String, JsonValue> others = null;
        for (Map.Entry<String, JsonValue> member : members.entrySet()) {
          if (!member.getKey().equals("elapsed_time")) {
            if (others == null) {
              others = new LinkedHashMap<>();
            }
            others.put(member.getKey(), member.getValue());
          }
        }
        if (olderShapeMetrics == null) {
          olderShapeMetrics = new LinkedHashMap<>();
        }
        olderShapeMetrics.putIfAbsent(
            name, new TurnMetricDto(elapsed.asDouble().getAsDouble(), others));
        return;
      }
    }
    super.putUnknownMember(name, value);
  }

  /** {@code metrics}, with the older-shape metrics after them; {@code null} when there are none. */
  public Map<String, TurnMetricDto> metrics() {
    if (olderShapeMetrics == null) {
      return metrics;
    }
    Map<String, TurnMetricDto> all =
        metrics == null ? new LinkedHashMap<>() : new LinkedHashMap<>(metrics);
    olderShapeMetrics.forEach(all::putIfAbsent);
    return all;
  }

  /** {@code convai_asr_provider}; {@code null} when absent. */
  public String convaiAsrProvider() {
    return convaiAsrProvider;
  }

  /** {@code convai_tts_model}; {@code null} when absent. */
  public String convaiTtsModel() {
    return convaiTtsModel;
  }

  /** {@code convai_tts_cascade}; {@code null} when absent. */
  public String convaiTtsCascade() {
    return convaiTtsCascade;
  }
}
