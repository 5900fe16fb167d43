package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationChargingCommonModel}. */
final class ChargingDto extends WireObject {

  @JsonProperty("dev_discount") private Boolean devDiscount;
  @JsonProperty("is_burst") private Boolean isBurst;
  @JsonProperty("tier") private String tier;
  @JsonProperty("llm_usage") private LlmChargingUsageDto llmUsage;
  @JsonProperty("llm_price") private Double llmPrice;
  @JsonProperty("llm_charge") private Long llmCharge;
  @JsonProperty("call_charge") private Long callCharge;
  @JsonProperty("free_minutes_consumed") private Double freeMinutesConsumed;
  @JsonProperty("free_llm_dollars_consumed") private Double freeLlmDollarsConsumed;
  @JsonProperty("tts_usage") private TtsUsageDto ttsUsage;
  @JsonProperty("asr_usage") private AsrUsageDto asrUsage;
  @JsonProperty("platform_charge") private Long platformCharge;
  @JsonProperty("platform_usage") private PlatformUsageDto platformUsage;
  @JsonProperty("platform_price") private Double platformPrice;

  /** For Jackson, which sets the members it finds. */
  ChargingDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  ChargingDto(
      Boolean devDiscount,
      Boolean isBurst,
      String tier,
      LlmChargingUsageDto llmUsage,
      Double llmPrice,
      Long llmCharge,
      Long callCharge,
      Double freeMinutesConsumed,
      Double freeLlmDollarsConsumed,
      TtsUsageDto ttsUsage,
      AsrUsageDto asrUsage,
      Long platformCharge,
      PlatformUsageDto platformUsage,
      Double platformPrice,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.devDiscount = devDiscount;
    this.isBurst = isBurst;
    this.tier = tier;
    this.llmUsage = llmUsage;
    this.llmPrice = llmPrice;
    this.llmCharge = llmCharge;
    this.callCharge = callCharge;
    this.freeMinutesConsumed = freeMinutesConsumed;
    this.freeLlmDollarsConsumed = freeLlmDollarsConsumed;
    this.ttsUsage = ttsUsage;
    this.asrUsage = asrUsage;
    this.platformCharge = platformCharge;
    this.platformUsage = platformUsage;
    this.platformPrice = platformPrice;
  }

  /** {@code dev_discount}; {@code null} when absent. */
  public Boolean devDiscount() {
    return devDiscount;
  }

  /** {@code is_burst}; {@code null} when absent. */
  public Boolean isBurst() {
    return isBurst;
  }

  /** {@code tier}; {@code null} when absent. */
  public String tier() {
    return tier;
  }

  /** {@code llm_usage}; {@code null} when absent. */
  public LlmChargingUsageDto llmUsage() {
    return llmUsage;
  }

  /** {@code llm_price}; {@code null} when absent. */
  public Double llmPrice() {
    return llmPrice;
  }

  /** {@code llm_charge}; {@code null} when absent. */
  public Long llmCharge() {
    return llmCharge;
  }

  /** {@code call_charge}; {@code null} when absent. */
  public Long callCharge() {
    return callCharge;
  }

  /** {@code free_minutes_consumed}; {@code null} when absent. */
  public Double freeMinutesConsumed() {
    return freeMinutesConsumed;
  }

  /** {@code free_llm_dollars_consumed}; {@code null} when absent. */
  public Double freeLlmDollarsConsumed() {
    return freeLlmDollarsConsumed;
  }

  /** {@code tts_usage}; {@code null} when absent. */
  public TtsUsageDto ttsUsage() {
    return ttsUsage;
  }

  /** {@code asr_usage}; {@code null} when absent. */
  public AsrUsageDto asrUsage() {
    return asrUsage;
  }

  /** {@code platform_charge}; {@code null} when absent. */
  public Long platformCharge() {
    return platformCharge;
  }

  /** {@code platform_usage}; {@code null} when absent. */
  public PlatformUsageDto platformUsage() {
    return platformUsage;
  }

  /** {@code platform_price}; {@code null} when absent. */
  public Double platformPrice() {
    return platformPrice;
  }
}
