package dev.convai.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an OpenAPI specification and lists every schema reachable from
 * {@code GetConversationResponseModel}, and every property of those schemas (inline union
 * variants named {@code Union/VariantName}). In the live specification it also lists what the
 * live delta added: schemas and properties marked {@code x-live-source}, enumeration values under
 * {@code x-live-added-values} and union members under {@code x-live-added-variants}.
 */
final class ReachableSchemas {

  static final String ROOT = "GetConversationResponseModel";
  static final String LIVE = "/spec/openapi-live.yaml";
  static final String DOCUMENTED = "/spec/openapi.yaml";

  final Set<String> schemas = new LinkedHashSet<>();
  /** {@code schema + "#" + property}. */
  final Set<String> properties = new LinkedHashSet<>();
  /** Schemas, and {@code schema + "#" + property}, that the live delta added. */
  final Set<String> liveAdditions = new LinkedHashSet<>();
  /** Enumeration values the live delta added, by schema. */
  final Map<String, List<String>> liveEnumValues = new LinkedHashMap<>();
  /** Discriminator values of the union members the live delta added, by union schema. */
  final Map<String, List<String>> liveVariants = new LinkedHashMap<>();

  private final JsonNode all;

  private ReachableSchemas(JsonNode all) {
    this.all = all;
  }

  /** The live specification, the one the model covers. */
  static ReachableSchemas fromSpec() {
    return fromSpec(LIVE);
  }

  static ReachableSchemas fromSpec(String resource) {
    try (InputStream in = ReachableSchemas.class.getResourceAsStream(resource)) {
      JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(in);
      ReachableSchemas reachable = new ReachableSchemas(spec.path("components").path("schemas"));
      reachable.walk();
      return reachable;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int schemaCountInSpec() {
    return all.size();
  }

  private void walk() {
    Deque<String> pending = new ArrayDeque<>();
    pending.add(ROOT);
    while (!pending.isEmpty()) {
      String name = pending.poll();
      if (!schemas.add(name)) {
        continue;
      }
      JsonNode schema = all.get(name);
      boolean added = schema != null && schema.has("x-live-source");
      if (added) {
        liveAdditions.add(name);
      }
      if (schema != null && schema.has("x-live-added-values")) {
        liveEnumValues.put(name, texts(schema.get("x-live-added-values")));
      }
      if (schema != null && schema.has("x-live-added-variants")) {
        liveVariants.put(name, texts(schema.get("x-live-added-variants")));
      }
      visit(name, schema, pending, added);
    }
  }

  private void visit(String owner, JsonNode schema, Deque<String> pending, boolean added) {
    if (schema == null || !schema.isObject()) {
      return;
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      pending.add(ref.substring(ref.lastIndexOf('/') + 1));
      return;
    }
    schema.path("properties").properties().forEach(property -> {
      properties.add(owner + "#" + property.getKey());
      if (added || property.getValue().has("x-live-source")) {
        liveAdditions.add(owner + "#" + property.getKey());
      }
      visit(owner, property.getValue(), pending, added);
    });
    for (JsonNode variant : schema.path("oneOf")) {
      if (variant.has("properties")) {
        String variantName = variant.path("description").asText().replace(" variant", "");
        visit(owner + "/" + variantName, variant, pending, added);
      } else {
        visit(owner, variant, pending, added);
      }
    }
    visit(owner, schema.get("items"), pending, added);
    if (schema.path("additionalProperties").isObject()) {
      visit(owner, schema.get("additionalProperties"), pending, added);
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(value -> out.add(value.asText()));
    return out;
  }
}
