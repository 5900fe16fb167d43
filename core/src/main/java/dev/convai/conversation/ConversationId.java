package dev.convai.conversation;

import java.util.Objects;

/**
 * The id of a conversation, as the API assigns it (for example {@code conv_01jwzz3ygceg7v0te0rewn2nzj}).
 *
 * <p>An id is sent as one path segment, so {@link #of(String)} refuses what can never be one:
 * blank text, {@code "."} and {@code ".."} (which HTTP clients normalise into another path) and
 * control characters. Anything else, including {@code /}, {@code ?}, {@code %} and non-ASCII
 * text, is accepted and percent-encoded by the HTTP adapter.
 */
public final class ConversationId implements Comparable<ConversationId> {

  private final String value;

  private ConversationId(String value) {
    this.value = value;
  }

  /**
   * The id with this text.
   *
   * @throws IllegalArgumentException if the text is blank, {@code "."}, {@code ".."} or contains
   *     control characters
   * @throws NullPointerException if the text is {@code null}
   */
  public static ConversationId of(String value) {
    Objects.requireNonNull(value, "conversation id");
    if (value.isBlank()) {
      throw new IllegalArgumentException("A conversation id must not be blank");
    }
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(
          "A conversation id must not be \"" + value + "\": it would address another path");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            "A conversation id must not contain control characters (found U+"
                + String.format("%04X", (int) c)
                + " at index "
                + i
                + ")");
      }
    }
    return new ConversationId(value);
  }

  /** The id's text, as the API spells it. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ConversationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConversationId && ((ConversationId) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
