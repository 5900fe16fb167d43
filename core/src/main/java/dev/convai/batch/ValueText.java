package dev.convai.batch;

import dev.convai.json.JsonValue;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The key under which a data-collection value is counted: a string's own text, any other value as
 * compact JSON. Cut at a length limit while it is being built, so a huge value never costs more
 * than the limit.
 */
final class ValueText {

  private ValueText() {}

  static String of(JsonValue value, int maxLength) {
    StringBuilder text = new StringBuilder();
    if (value.asString().isPresent()) {
      text.append(value.asString().get(), 0, Math.min(value.asString().get().length(), maxLength + 1));
    } else {
      write(value, text, maxLength);
    }
    if (text.length() <= maxLength) {
      return text.toString();
    }
    int end = maxLength;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /** Appends compact JSON, stopping once the text is longer than the limit. */
  private static void write(JsonValue value, StringBuilder text, int maxLength) {
    if (text.length() > maxLength) {
      return;
    }
    switch (value.kind()) {
      case NULL -> text.append("null");
      case BOOLEAN -> text.append(value.asBoolean().orElseThrow());
      case NUMBER -> text.append(value.asDecimal().orElseThrow());
      case STRING -> quote(value.asString().orElseThrow(), text, maxLength);
      case ARRAY -> {
        text.append('[');
        List<JsonValue> elements = ((JsonValue.JsonArray) value).elements();
        for (int i = 0; i < elements.size() && text.length() <= maxLength; i++) {
          if (i > 0) {
            text.append(',');
          }
          write(elements.get(i), text, maxLength);
        }
        text.append(']');
      }
      case OBJECT -> {
        text.append('{');
        Iterator<Map.Entry<String, JsonValue>> members =
            ((JsonValue.JsonObject) value).members().entrySet().iterator();
        boolean first = true;
        while (members.hasNext() && text.length() <= maxLength) {
          Map.Entry<String, JsonValue> member = members.next();
          if (!first) {
            text.append(',');
          }
          first = false;
          quote(member.getKey(), text, maxLength);
          text.append(':');
          write(member.getValue(), text, maxLength);
        }
        text.append('}');
      }
    }
  }

  private static void quote(String string, StringBuilder text, int maxLength) {
    text.append('"');
    for (int i = 0; i < string.length() && text.length() <= maxLength; i++) {
      char c = string.charAt(i);
      switch (c) {
        case '"' -> text.append("\\\"");
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        case '\t' -> text.append("\\t");
        default -> {
          if (c < 0x20) {
            text.append(String.format("\\u%04x", (int) c));
          } else {
            text.append(c);
          }
        }
      }
    }
    text.append('"');
  }
}
