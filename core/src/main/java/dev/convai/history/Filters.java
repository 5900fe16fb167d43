package dev.convai.history;

import java.util.Objects;

/** Checks shared by the filters, with messages that name what was wrong. */
final class Filters {

  private Filters() {}

  /** A part of a {@code :}-separated parameter: present, not blank, without a separator. */
  static String requireToken(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (value.indexOf(':') >= 0) {
      throw new IllegalArgumentException(what + " must not contain ':', was \"" + value + "\"");
    }
    return value;
  }

  /** A free-text filter value: present and not blank. */
  static String requireNotBlank(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }
}
