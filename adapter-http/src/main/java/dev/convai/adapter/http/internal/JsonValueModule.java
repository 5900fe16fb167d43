package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.convai.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the core's {@link JsonValue} straight from and to the token stream, so "any
 * type" members never pass through a Jackson tree and numbers keep their exact decimal text.
 * Nesting depth is bounded by the parser's {@code StreamReadConstraints}, so recursion here
 * cannot overflow the stack on hostile input.
 */
final class JsonValueModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  JsonValueModule() {
    super("convai-json-value");
    addDeserializer(JsonValue.class, new Deserializer());
    addSerializer(JsonValue.class, new Serializer());
  }

  private static final class Deserializer extends JsonDeserializer<JsonValue> {
    @Override
    public JsonValue deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      return read(parser, context);
    }

    // A JSON null member deserialises to JsonNull, not to Java null.
    @Override
    public JsonValue getNullValue(DeserializationContext context) {
      return JsonValue.nullValue();
    }

    private static JsonValue read(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonToken token = parser.currentToken();
      switch (token) {
        case START_OBJECT:
        case FIELD_NAME:
          return readObject(parser, context);
        case START_ARRAY:
          return readArray(parser, context);
        case VALUE_STRING:
          return JsonValue.of(parser.getText());
        case VALUE_NUMBER_INT:
          return JsonValue.of(new BigDecimal(parser.getBigIntegerValue()));
        case VALUE_NUMBER_FLOAT:
          return JsonValue.of(parser.getDecimalValue());
        case VALUE_TRUE:
          return JsonValue.of(true);
        case VALUE_FALSE:
          return JsonValue.of(false);
        case VALUE_NULL:
          return JsonValue.nullValue();
        default:
          return (JsonValue) context.handleUnexpectedToken(JsonValue.class, parser);
      }
    }

    private static JsonValue readObject(JsonParser parser, DeserializationContext context)
        throws IOException {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      String name =
          parser.currentToken() == JsonToken.START_OBJECT
              ? parser.nextFieldName()
              : parser.currentName();
      while (name != null) {
        parser.nextToken();
        members.put(name, read(parser, context));
        name = parser.nextFieldName();
      }
      return JsonValue.object(members);
    }

    private static JsonValue readArray(JsonParser parser, DeserializationContext context)
        throws IOException {
      List<JsonValue> elements = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        elements.add(read(parser, context));
      }
      return JsonValue.array(elements);
    }
  }

  private static final class Serializer extends JsonSerializer<JsonValue> {
    @Override
    public void serialize(JsonValue value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      write(value, generator);
    }

    private static void write(JsonValue value, JsonGenerator generator) throws IOException {
      switch (value.kind()) {
        case NULL:
          generator.writeNull();
          break;
        case BOOLEAN:
          generator.writeBoolean(((JsonValue.JsonBoolean) value).value());
          break;
        case NUMBER:
          generator.writeNumber(((JsonValue.JsonNumber) value).value());
          break;
        case STRING:
          generator.writeString(((JsonValue.JsonString) value).value());
          break;
        case ARRAY:
          generator.writeStartArray();
          for (JsonValue element : ((JsonValue.JsonArray) value).elements()) {
            write(element, generator);
          }
          generator.writeEndArray();
          break;
        case OBJECT:
          generator.writeStartObject();
          for (Map.Entry<String, JsonValue> member :
              ((JsonValue.JsonObject) value).members().entrySet()) {
            generator.writeFieldName(member.getKey());
            write(member.getValue(), generator);
          }
          generator.writeEndObject();
          break;
        default:
          throw new IllegalStateException("unknown JSON kind " + value.kind());
      }
    }
  }
}
