package dev.convai.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads the OpenAPI specification and lists every schema reachable from
 * {@code GetConversationResponseModel}, and every property of those schemas (inline union
 * variants named {@code Union/VariantName}).
 */
final class ReachableSchemas {

  static final String ROOT = "GetConversationResponseModel";

  final Set<String> schemas = new LinkedHashSet<>();
  /** {@code schema + "#" + property}. */
  final Set<String> properties = new LinkedHashSet<>();

  private final JsonNode all;

  private ReachableSchemas(JsonNode all) {
    this.all = all;
  }

  static ReachableSchemas fromSpec() {
    try (InputStream in = ReachableSchemas.class.getResourceAsStream("/spec/openapi.yaml")) {
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
      visit(name, schema, pending);
    }
  }

  private void visit(String owner, JsonNode schema, Deque<String> pending) {
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
      visit(owner, property.getValue(), pending);
    });
    for (JsonNode variant : schema.path("oneOf")) {
      if (variant.has("properties")) {
        String variantName = variant.path("description").asText().replace(" variant", "");
        visit(owner + "/" + variantName, variant, pending);
      } else {
        visit(owner, variant, pending);
      }
    }
    visit(owner, schema.get("items"), pending);
    if (schema.path("additionalProperties").isObject()) {
      visit(owner, schema.get("additionalProperties"), pending);
    }
  }
}
