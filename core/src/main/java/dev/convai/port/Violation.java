package dev.convai.port;

import java.util.List;
import java.util.Objects;

/**
 * One validation error of a 400 or 422 response, as the API reports it in {@code detail[]}.
 *
 * @param location where the problem is, such as {@code ["path", "conversation_id"]}; integer
 *     positions are given in decimal
 * @param message the server's explanation
 * @param type the server's error code, such as {@code missing} or {@code float_type}
 */
public record Violation(List<String> location, String message, String type) {
  public Violation {
    location = List.copyOf(location);
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(type, "type");
  }

  @Override
  public String toString() {
    return String.join(".", location) + ": " + message + " (" + type + ")";
  }
}
