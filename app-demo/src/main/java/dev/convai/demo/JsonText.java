package dev.convai.demo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.convai.json.JsonValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Compact JSON text of the core's {@link JsonValue}, numbers exactly as they arrived. */
final class JsonText {

  private static final JsonFactory JSON = new JsonFactory();

  private JsonText() {}

  static String of(JsonValue value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      write(value, json);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing to a string failed", e);
    }
    return text.toString();
  }

  /** A JSON object of these members, in their order. */
  static String object(Map<String, JsonValue> members) {
    return of(JsonValue.object(members));
  }

  private static void write(JsonValue value, JsonGenerator json) throws IOException {
    switch (value.kind()) {
      case NULL -> json.writeNull();
      case BOOLEAN -> json.writeBoolean(value.asBoolean().orElseThrow());
      // The decimal text as it arrived: no rounding, and 1 stays distinct from 1.0.
      case NUMBER -> json.writeNumber(value.asDecimal().orElseThrow().toString());
      case STRING -> json.writeString(value.asString().orElseThrow());
      case ARRAY -> {
        List<JsonValue> elements = ((JsonValue.JsonArray) value).elements();
        json.writeStartArray();
        for (JsonValue element : elements) {
          write(element, json);
        }
        json.writeEndArray();
      }
      case OBJECT -> {
        json.writeStartObject();
        for (Map.Entry<String, JsonValue> member : ((JsonValue.JsonObject) value).members().entrySet()) {
          json.writeFieldName(member.getKey());
          write(member.getValue(), json);
        }
        json.writeEndObject();
      }
    }
  }
}
