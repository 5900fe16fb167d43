package dev.convai.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings a conversation document into the normal form of {@link ConversationJson}'s round-trip
 * promise, guided by the specification: {@code null}, absent, the spec default and the fallback
 * of a missing required member are the same (removed); empty arrays and objects are removed; key
 * order is free (trees compare unordered); numbers compare by value; the older turn-metrics shape
 * is rewritten into the current one. "Any type" values and members no schema names are left
 * alone: they must come back exactly.
 */
final class SpecNormaliser {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> TURN_METRICS_MEMBERS =
      Set.of("metrics", "convai_asr_provider", "convai_tts_model", "convai_tts_cascade");

  private final JsonNode schemas;

  private SpecNormaliser(JsonNode schemas) {
    this.schemas = schemas;
  }

  /** A normaliser reading the specification from the test resources. */
  static SpecNormaliser fromSpec() {
    try (InputStream in = SpecNormaliser.class.getResourceAsStream("/spec/openapi-live.yaml")) {
      JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(in);
      return new SpecNormaliser(spec.path("components").path("schemas"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The normal form of a conversation document. */
  JsonNode normalise(JsonNode conversation) {
    JsonNode out = normalise(conversation, schema("GetConversationResponseModel"));
    return out == null ? NODES.objectNode() : out;
  }

  private JsonNode schema(String name) {
    JsonNode schema = schemas.get(name);
    if (schema == null) {
      throw new IllegalArgumentException("no schema " + name);
    }
    return schema;
  }

  private JsonNode resolve(JsonNode schema) {
    while (schema != null && schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      schema = schema(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return schema;
  }

  /** The normalised value, or null when it normalises to "absent". */
  private JsonNode normalise(JsonNode value, JsonNode schema) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    schema = resolve(schema);
    if (schema == null || isAnyType(schema)) {
      return value;
    }
    if (schema.has("oneOf")) {
      return normalise(value, chooseVariant(value, schema));
    }
    if (value.isObject() && schema.has("properties")) {
      return normaliseObject((ObjectNode) value, schema);
    }
    if (value.isObject() && schema.has("additionalProperties")) {
      ObjectNode out = NODES.objectNode();
      JsonNode valueSchema = schema.get("additionalProperties");
      value.properties().forEach(member -> {
        JsonNode normalised = isAnyType(resolve(valueSchema))
            ? member.getValue() : normalise(member.getValue(), valueSchema);
        if (normalised != null) {
          out.set(member.getKey(), normalised);
        }
      });
      return out.isEmpty() ? null : out;
    }
    if (value.isArray()) {
      ArrayNode out = NODES.arrayNode();
      JsonNode items = schema.get("items");
      for (JsonNode element : value) {
        JsonNode normalised = isAnyType(resolve(items)) ? element : normalise(element, items);
        out.add(normalised == null ? NODES.nullNode() : normalised);
      }
      return out.isEmpty() ? null : out;
    }
    if (value.isNumber()) {
      return NODES.numberNode(value.decimalValue().stripTrailingZeros());
    }
    return value;
  }

  private JsonNode normaliseObject(ObjectNode value, JsonNode schema) {
    JsonNode properties = schema.get("properties");
    ObjectNode in = value;
    if (properties.has("convai_asr_provider")) {
      in = legacyTurnMetrics(value);
    }
    ObjectNode out = NODES.objectNode();
    Iterator<Map.Entry<String, JsonNode>> members = in.properties().iterator();
    while (members.hasNext()) {
      Map.Entry<String, JsonNode> member = members.next();
      JsonNode propertySchema = properties.get(member.getKey());
      if (propertySchema == null) {
        // A member no schema names comes back exactly, null, false and "" included.
        out.set(member.getKey(), member.getValue());
        continue;
      }
      JsonNode normalised = normalise(member.getValue(), propertySchema);
      if (normalised == null || isDefault(normalised, propertySchema) || isFallback(normalised)) {
        continue;
      }
      out.set(member.getKey(), normalised);
    }
    return out.isEmpty() ? null : out;
  }

  private static ObjectNode legacyTurnMetrics(ObjectNode value) {
    ObjectNode out = NODES.objectNode();
    ObjectNode metrics = value.has("metrics") && value.get("metrics").isObject()
        ? ((ObjectNode) value.get("metrics")).deepCopy() : NODES.objectNode();
    value.properties().forEach(member -> {
      if (member.getValue().path("elapsed_time").isNumber()
          && !TURN_METRICS_MEMBERS.contains(member.getKey())) {
        if (!metrics.has(member.getKey())) {
          metrics.set(member.getKey(), member.getValue()); // the "metrics" member wins a clash
        }
      } else {
        out.set(member.getKey(), member.getValue()); // a member of the schema, or an unknown one
      }
    });
    out.set("metrics", metrics);
    return out;
  }

  private JsonNode chooseVariant(JsonNode value, JsonNode union) {
    List<JsonNode> variants = new java.util.ArrayList<>();
    union.get("oneOf").forEach(variants::add);
    JsonNode nonNull = null;
    for (JsonNode variant : variants) {
      if (!"null".equals(variant.path("type").asText())) {
        nonNull = variant;
      }
    }
    if (variants.size() == 2 && variants.stream().anyMatch(v -> "null".equals(v.path("type").asText()))) {
      return nonNull;
    }
    String discriminator = union.path("discriminator").path("propertyName").asText("type");
    String tag = value.path(discriminator).asText(null);
    JsonNode catchAll = null;
    for (JsonNode variant : variants) {
      JsonNode resolved = resolve(variant);
      JsonNode tagSchema = resolve(resolved.path("properties").path(discriminator));
      boolean singleTag = tagSchema != null && tagSchema.has("enum") && tagSchema.get("enum").size() == 1;
      if (singleTag && tagSchema.get("enum").get(0).asText().equals(tag)) {
        return resolved;
      }
      if (!singleTag && resolved.has("properties")) {
        catchAll = resolved; // the "other tools" result: several types or none, the catch-all
      }
    }
    JsonNode fallback = catchAll;
    return fallback; // unknown variant: compared as received
  }

  private boolean isDefault(JsonNode value, JsonNode propertySchema) {
    if (propertySchema == null || !propertySchema.has("default")) {
      return false;
    }
    JsonNode normalisedDefault = propertySchema.get("default");
    if (normalisedDefault.isNumber()) {
      return value.isNumber()
          && value.decimalValue().compareTo(normalisedDefault.decimalValue()) == 0;
    }
    return normalisedDefault.equals(value);
  }

  // Required members that were absent come back with their fallback: treat both as absent.
  private static boolean isFallback(JsonNode value) {
    return (value.isTextual() && value.asText().isEmpty())
        || (value.isNumber() && value.decimalValue().compareTo(BigDecimal.ZERO) == 0)
        || (value.isBoolean() && !value.asBoolean());
  }

  private static boolean isAnyType(JsonNode schema) {
    return schema != null
        && !schema.has("type")
        && !schema.has("oneOf")
        && !schema.has("properties")
        && !schema.has("$ref")
        && !schema.has("items");
  }
}
