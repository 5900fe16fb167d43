package dev.convai.conversation;

import java.util.Objects;

/** The id of an agent (for example {@code agent_01jwwmjdzzecpbk0j5jd1348cx}). */
public final class AgentId implements Comparable<AgentId> {

  private final String value;

  private AgentId(String value) {
    this.value = value;
  }

  /**
   * The id with this text. Any text is accepted, including an empty one: payloads that lack the
   * agent id decode with an empty id rather than failing.
   */
  public static AgentId of(String value) {
    return new AgentId(Objects.requireNonNull(value, "agent id"));
  }

  /** The id's text, as the API spells it. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(AgentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AgentId && ((AgentId) other).value.equals(value);
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
