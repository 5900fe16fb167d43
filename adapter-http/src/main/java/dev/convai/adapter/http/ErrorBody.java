package dev.convai.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.convai.port.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an error response said, read leniently: the API's validation shape
 * ({@code {"detail": [{"loc", "msg", "type", ...}]}}), its other shape
 * ({@code {"detail": {"status", "message"}}}), a plain {@code {"detail": "text"}}, or a top-level
 * {@code message}/{@code error}. Anything else, including non-JSON bodies, yields nothing: the
 * excerpt of the body still travels with the failure.
 *
 * @param message the server's explanation on one line, if it gave one
 * @param violations the validation errors, in the server's order
 * @param code the machine-readable code of the other shape ({@code detail.status} or
 *     {@code detail.code}, such as {@code too_many_concurrent_requests}), if it gave one
 */
record ErrorBody(Optional<String> message, List<Violation> violations, Optional<String> code) {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_MESSAGE = 300;
  private static final ErrorBody NONE = new ErrorBody(Optional.empty(), List.of(), Optional.empty());

  static ErrorBody parse(byte[] body) {
    if (body == null || body.length == 0) {
      return NONE;
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (IOException e) {
      return NONE;
    }
    if (root == null || !root.isObject()) {
      return NONE;
    }
    JsonNode detail = root.get("detail");
    if (detail != null && detail.isArray()) {
      return new ErrorBody(Optional.empty(), violations(detail), Optional.empty());
    }
    if (detail != null && detail.isObject()) {
      Optional<String> text = text(detail.get("message")).or(() -> text(detail.get("msg")));
      Optional<String> code = text(detail.get("status")).or(() -> text(detail.get("code")));
      Optional<String> plainCode = code.map(ErrorBody::oneLine);
      if (text.isPresent()) {
        return new ErrorBody(Optional.of(oneLine(text.get() + code.map(c -> " (" + c + ")").orElse(""))), List.of(), plainCode);
      }
      return new ErrorBody(plainCode, List.of(), plainCode);
    }
    if (detail != null && detail.isTextual()) {
      return new ErrorBody(text(detail).map(ErrorBody::oneLine), List.of(), Optional.empty());
    }
    Optional<String> text = text(root.get("message")).or(() -> text(root.get("error")));
    return new ErrorBody(text.map(ErrorBody::oneLine), List.of(), Optional.empty());
  }

  private static List<Violation> violations(JsonNode detail) {
    List<Violation> out = new ArrayList<>();
    for (JsonNode item : detail) {
      if (!item.isObject()) {
        continue;
      }
      List<String> location = new ArrayList<>();
      JsonNode loc = item.get("loc");
      if (loc != null && loc.isArray()) {
        for (JsonNode part : loc) {
          // Pydantic gives strings for names and integers for list positions.
          if (part.isValueNode() && !part.isNull()) {
            location.add(part.asText());
          }
        }
      }
      out.add(
          new Violation(
              location,
              text(item.get("msg")).map(ErrorBody::oneLine).orElse(""),
              text(item.get("type")).orElse("")));
    }
    return out;
  }

  private static Optional<String> text(JsonNode node) {
    return node != null && node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
  }

  /** Collapses line breaks and runs of white space so that a failure message stays one line. */
  static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ").trim();
    if (line.length() > MAX_MESSAGE) {
      int end = MAX_MESSAGE;
      if (Character.isHighSurrogate(line.charAt(end - 1))) {
        end--;
      }
      line = line.substring(0, end) + "…";
    }
    return line;
  }
}
