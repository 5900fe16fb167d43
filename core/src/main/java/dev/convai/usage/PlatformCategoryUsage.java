package dev.convai.usage;

import dev.convai.json.Extensible;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Accumulated charge for a single platform category.
 *
 * <p>Wire schema {@code PlatformCategoryUsage}, sent by the live API and absent from the
 * documented spec.
 */
@Value.Immutable
public interface PlatformCategoryUsage extends Extensible {

  /** Credits charged for the category. Wire name {@code credits}; empty when absent or {@code null}. */
  OptionalLong credits();

  /** Price of the category, in USD. Wire name {@code price}; empty when absent or {@code null}. */
  OptionalDouble price();

  /** Quantity used in the category. Wire name {@code quantity}; empty when absent or {@code null}. */
  OptionalDouble quantity();

  /** A builder for this type. */
  static ImmutablePlatformCategoryUsage.Builder builder() {
    return ImmutablePlatformCategoryUsage.builder();
  }
}
