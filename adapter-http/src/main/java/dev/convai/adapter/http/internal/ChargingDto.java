package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationChargingCommonModel}. */
record ChargingDto(
    @JsonProperty("dev_discount") Boolean devDiscount,
    @JsonProperty("is_burst") Boolean isBurst,
    @JsonProperty("tier") String tier,
    @JsonProperty("llm_usage") LlmChargingUsageDto llmUsage,
    @JsonProperty("llm_price") Double llmPrice,
    @JsonProperty("llm_charge") Long llmCharge,
    @JsonProperty("call_charge") Long callCharge,
    @JsonProperty("free_minutes_consumed") Double freeMinutesConsumed,
    @JsonProperty("free_llm_dollars_consumed") Double freeLlmDollarsConsumed,
    @JsonProperty("tts_usage") TtsUsageDto ttsUsage,
    @JsonProperty("asr_usage") AsrUsageDto asrUsage) {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static ChargingDto empty() {
    return new ChargingDto(null, null, null, null, null, null, null, null, null, null, null);
  }
}
