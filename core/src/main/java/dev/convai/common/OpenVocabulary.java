package dev.convai.common;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Base of every enumeration the API defines. The server adds values (new LLM names appear every
 * month), so a value this library does not know is kept with its raw text instead of failing: it
 * is {@linkplain #isKnown() unknown}, but {@link #value()} still says what the server sent, and
 * encoding writes it back unchanged.
 *
 * <p>Known values are shared constants, so {@code ==} works for them; use {@link #equals} in
 * general. Subclasses are final and declare their known values through a {@link Registry}.
 */
public abstract class OpenVocabulary {

  private final String value;
  private final boolean known;

  protected OpenVocabulary(String value, boolean known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = known;
  }

  /** The value exactly as the API spells it. */
  public final String value() {
    return value;
  }

  /** {@code false} when the server sent a value this version of the library does not know. */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((OpenVocabulary) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }

  /**
   * The known values of one vocabulary, in declaration order.
   *
   * @param <V> the vocabulary type
   */
  protected static final class Registry<V extends OpenVocabulary> {
    private final Map<String, V> known = new LinkedHashMap<>();
    private final BiFunction<String, Boolean, V> factory;

    public Registry(BiFunction<String, Boolean, V> factory) {
      this.factory = factory;
    }

    /** Declares a known value. */
    public V known(String value) {
      V constant = factory.apply(value, true);
      known.put(value, constant);
      return constant;
    }

    /** The known constant for that text, or a new unknown value that keeps it. */
    public V of(String value) {
      Objects.requireNonNull(value, "value");
      V constant = known.get(value);
      return constant != null ? constant : factory.apply(value, false);
    }

    /** The known values, in declaration order. */
    public Collection<V> values() {
      return Collections.unmodifiableCollection(known.values());
    }
  }
}
