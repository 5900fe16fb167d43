package dev.convai.usage;

import dev.convai.json.Extensible;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * What the conversation cost and how it was charged.
 *
 * <p>Wire schema {@code ConversationChargingCommonModel}.
 */
@Value.Immutable
public interface Charging extends Extensible {

  /** Dev discount. Wire name {@code dev_discount}; {@code false} when absent. */
  @Value.Default
  default boolean devDiscount() {
    return false;
  }

  /** Whether it is burst. Wire name {@code is_burst}; {@code false} when absent. */
  @Value.Default
  default boolean isBurst() {
    return false;
  }

  /** Tier. Wire name {@code tier}; empty when absent or {@code null}. */
  Optional<String> tier();

  /** LLM usage. Wire name {@code llm_usage}; empty when absent or {@code null}. */
  Optional<LlmChargingUsage> llmUsage();

  /** LLM price. Wire name {@code llm_price}; empty when absent or {@code null}. */
  OptionalDouble llmPrice();

  /** LLM charge. Wire name {@code llm_charge}; empty when absent or {@code null}. */
  OptionalLong llmCharge();

  /** Call charge. Wire name {@code call_charge}; empty when absent or {@code null}. */
  OptionalLong callCharge();

  /**
   * Charge for the non-LLM platform part of the call, the platform analogue of {@link
   * #llmCharge()}. Sent by the live API, absent from the documented spec. Wire name {@code
   * platform_charge}; empty when absent or {@code null}.
   */
  OptionalLong platformCharge();

  /**
   * Per-category breakdown of {@link #platformCharge()}. Sent by the live API, absent from the
   * documented spec. Wire name {@code platform_usage}; empty when absent or {@code null}.
   */
  Optional<PlatformUsage> platformUsage();

  /**
   * Non-LLM platform price in USD ({@code cost_fiat} is the LLM price plus this). Sent by the live
   * API, absent from the documented spec. Wire name {@code platform_price}; empty when absent or
   * {@code null}.
   */
  OptionalDouble platformPrice();

  /** Free minutes consumed. Wire name {@code free_minutes_consumed}; {@code 0} when absent. */
  @Value.Default
  default double freeMinutesConsumed() {
    return 0.0;
  }

  /**
   * Free LLM dollars consumed. Wire name {@code free_llm_dollars_consumed}; {@code 0} when absent.
   */
  @Value.Default
  default double freeLlmDollarsConsumed() {
    return 0.0;
  }

  /** TTS usage. Wire name {@code tts_usage}; empty when absent or {@code null}. */
  Optional<TtsUsage> ttsUsage();

  /** ASR usage. Wire name {@code asr_usage}; empty when absent or {@code null}. */
  Optional<AsrUsage> asrUsage();

  /** A builder for this type. */
  static ImmutableCharging.Builder builder() {
    return ImmutableCharging.builder();
  }
}
