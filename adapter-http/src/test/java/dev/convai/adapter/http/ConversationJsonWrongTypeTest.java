package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every member and array element of each real payload, in turn, replaced by a value of each
 * other JSON type. Each variant must decode or be refused as malformed with a JSON path that
 * leads to the replaced value (the value itself, an ancestor, or a place inside the replacement),
 * never fail otherwise.
 */
class ConversationJsonWrongTypeTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** One value of each JSON type, with both kinds of number. */
  private static final List<JsonNode> REPLACEMENTS =
      List.of(
          NODES.textNode("x"),
          NODES.numberNode(7),
          NODES.numberNode(-2.5),
          NODES.booleanNode(true),
          NODES.nullNode(),
          NODES.objectNode().put("x", 1),
          NODES.arrayNode().add(1));

  @ParameterizedTest
  @FieldSource("dev.convai.adapter.http.Fixtures#REAL_CONVERSATIONS")
  void eachValueReplacedByEachOtherTypeDecodesOrIsRefusedWhereItWas(String fixture) {
    JsonNode original = read(Fixtures.real(fixture));
    List<String> slots = new ArrayList<>();
    walk(original, "$", slots::add);
    assertTrue(slots.size() > 20, "the fixture has values to replace");

    int variants = 0;
    int refused = 0;
    List<String> problems = new ArrayList<>();
    for (String slot : slots) {
      JsonNode current = at(original, slot);
      for (JsonNode replacement : REPLACEMENTS) {
        if (sameType(current, replacement)) {
          continue;
        }
        JsonNode variant = original.deepCopy();
        replace(variant, slot, replacement);
        String description = slot + " = " + replacement;
        variants++;
        // Collected rather than thrown, so one run shows every slot that misbehaves.
        try {
          DecodeOutcome outcome = DecodeOutcome.of(bytes(variant), description);
          if (outcome.failure().isPresent()) {
            refused++;
            String path = outcome.refusedAt(description);
            if (!leadsTo(path, slot)) {
              problems.add(description + ": refused at " + path);
            }
          }
        } catch (AssertionError e) {
          problems.add(e.getMessage());
        }
      }
    }
    assertTrue(
        problems.isEmpty(),
        fixture + ": " + problems.size() + " of " + variants + " variants misbehaved:\n"
            + String.join("\n", problems.subList(0, Math.min(problems.size(), 40))));
    // Both outcomes occur: the codec is tolerant, but not of everything.
    assertTrue(refused > 0 && refused < variants, refused + " of " + variants + " refused");
  }

  @ParameterizedTest
  @FieldSource("dev.convai.adapter.http.Fixtures#REAL_CONVERSATIONS")
  void anObjectWhereTheConversationIdBelongsIsRefusedAtTheId(String fixture) {
    ObjectNode variant = (ObjectNode) read(Fixtures.real(fixture));
    variant.putObject("conversation_id");

    assertEquals(
        "$.conversation_id",
        DecodeOutcome.of(bytes(variant), fixture).refusedAt(fixture));
  }

  /** Whether {@code path} is {@code slot}, one of its ancestors, or inside the replacement. */
  private static boolean leadsTo(String path, String slot) {
    return slot.equals(path)
        || slot.startsWith(path + ".")
        || slot.startsWith(path + "[")
        || path.startsWith(slot + ".")
        || path.startsWith(slot + "[");
  }

  private static void walk(JsonNode node, String path, Consumer<String> slots) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        String child = path + "." + member.getKey();
        slots.accept(child);
        walk(member.getValue(), child, slots);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String child = path + "[" + i + "]";
        slots.accept(child);
        walk(node.get(i), child, slots);
      }
    }
  }

  private static JsonNode at(JsonNode root, String slot) {
    JsonNode node = root;
    for (Segment segment : Segment.parse(slot)) {
      node = segment.name != null ? node.get(segment.name) : node.get(segment.index);
    }
    return node;
  }

  private static void replace(JsonNode root, String slot, JsonNode replacement) {
    List<Segment> segments = Segment.parse(slot);
    JsonNode parent = root;
    for (Segment segment : segments.subList(0, segments.size() - 1)) {
      parent = segment.name != null ? parent.get(segment.name) : parent.get(segment.index);
    }
    Segment last = segments.get(segments.size() - 1);
    if (last.name != null) {
      ((ObjectNode) parent).set(last.name, replacement);
    } else {
      ((ArrayNode) parent).set(last.index, replacement);
    }
  }

  private static boolean sameType(JsonNode a, JsonNode b) {
    JsonNodeType type = a.getNodeType();
    if (type != b.getNodeType()) {
      return false;
    }
    // Integers and decimals are different enough to a typed reader to try both.
    return type != JsonNodeType.NUMBER || a.isIntegralNumber() == b.isIntegralNumber();
  }

  private static JsonNode read(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A step of a path as this test writes them: {@code .name} or {@code [index]}. */
  private static final class Segment {
    final String name;
    final int index;

    private Segment(String name, int index) {
      this.name = name;
      this.index = index;
    }

    /** The steps of a path; names in the fixtures contain neither '.' nor '['. */
    static List<Segment> parse(String path) {
      List<Segment> segments = new ArrayList<>();
      int i = 1; // after '$'
      while (i < path.length()) {
        if (path.charAt(i) == '.') {
          int end = i + 1;
          while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
            end++;
          }
          segments.add(new Segment(path.substring(i + 1, end), -1));
          i = end;
        } else {
          int end = path.indexOf(']', i);
          segments.add(new Segment(null, Integer.parseInt(path.substring(i + 1, end))));
          i = end + 1;
        }
      }
      return segments;
    }
  }
}
