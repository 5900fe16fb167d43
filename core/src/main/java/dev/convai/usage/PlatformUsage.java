package dev.convai.usage;

import dev.convai.json.Extensible;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Per-category breakdown of the platform charge (the analogue of {@link LlmChargingUsage} for the
 * non-LLM part of a call).
 *
 * <p>Wire schema {@code PlatformUsage}, sent by the live API and absent from the documented spec.
 */
@Value.Immutable
public interface PlatformUsage extends Extensible {

  /**
   * Usage per platform category, by category name. Wire name {@code category_usage}; empty when
   * absent or {@code null}.
   */
  Map<String, PlatformCategoryUsage> categoryUsage();

  /** A builder for this type. */
  static ImmutablePlatformUsage.Builder builder() {
    return ImmutablePlatformUsage.builder();
  }
}
