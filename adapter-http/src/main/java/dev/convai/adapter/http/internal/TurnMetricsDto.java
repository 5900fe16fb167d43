package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wire form of {@code ConversationTurnMetrics}, in both shapes the API has used: the current one
 * with a {@code metrics} object, and the older one (still in webhook payloads) where each metric
 * such as {@code convai_llm_service_ttfb} is a member of its own. Older-shape metrics are folded
 * into {@link #getMetrics()}, so the domain sees one shape and encoding writes the current one.
 */
final class TurnMetricsDto {

  private final Map<String, TurnMetricDto> metrics;
  private final String convaiAsrProvider;
  private final String convaiTtsModel;
  private final String convaiTtsCascade;

  @JsonCreator
  TurnMetricsDto(
      @JsonProperty("metrics") Map<String, TurnMetricDto> metrics,
      @JsonProperty("convai_asr_provider") String convaiAsrProvider,
      @JsonProperty("convai_tts_model") String convaiTtsModel,
      @JsonProperty("convai_tts_cascade") String convaiTtsCascade) {
    this.metrics = metrics == null ? new LinkedHashMap<>() : new LinkedHashMap<>(metrics);
    this.convaiAsrProvider = convaiAsrProvider;
    this.convaiTtsModel = convaiTtsModel;
    this.convaiTtsCascade = convaiTtsCascade;
  }

  /** An older-shape metric: a member whose value is an object with a numeric elapsed time. */
  @JsonAnySetter
  void legacyMetric(String name, JsonValue value) {
    if (value instanceof JsonValue.JsonObject) {
      JsonValue elapsed = ((JsonValue.JsonObject) value).members().get("elapsed_time");
      if (elapsed != null && elapsed.asDouble().isPresent()) {
        metrics.putIfAbsent(name, new TurnMetricDto(elapsed.asDouble().getAsDouble()));
      }
    }
  }

  @JsonProperty("metrics")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public Map<String, TurnMetricDto> getMetrics() {
    return metrics;
  }

  @JsonProperty("convai_asr_provider")
  public String getConvaiAsrProvider() {
    return convaiAsrProvider;
  }

  @JsonProperty("convai_tts_model")
  public String getConvaiTtsModel() {
    return convaiTtsModel;
  }

  @JsonProperty("convai_tts_cascade")
  public String getConvaiTtsCascade() {
    return convaiTtsCascade;
  }
}
