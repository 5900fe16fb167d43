package dev.convai.archfixtures.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Compliant: a value type shaped like core's, using the Immutables annotations core uses, so its
 * generated {@code ImmutableGeneratedValue} shows what the core rules must allow.
 */
@Value.Immutable
public abstract class GeneratedValue {
  public abstract String name();

  public abstract Optional<String> note();

  public abstract OptionalLong count();

  public abstract List<String> tags();

  @Value.Default
  public boolean flagged() {
    return false;
  }

  @Value.Derived
  public int tagCount() {
    return tags().size();
  }

  @Value.Lazy
  public String upperName() {
    return name().toUpperCase(Locale.ROOT);
  }

  @Value.Check
  protected void check() {
    if (name().isEmpty()) {
      throw new IllegalStateException("name must not be empty");
    }
  }
}
