package dev.convai.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.convai.common.OpenVocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the domain model complete against the live specification: every property of every schema
 * reachable from {@code GetConversationResponseModel} has a row in {@code spec-coverage.tsv}, and
 * every row names a domain type and accessor that exist. Rows of what the live delta added are
 * marked {@code live} in the last column, and exactly those. {@code docs/spec-coverage.md} is the
 * readable form.
 */
class SpecCoverageTest {

  private static final ReachableSchemas SPEC = ReachableSchemas.fromSpec();
  private static final List<String[]> ROWS = rows();

  private static final int SCHEMA = 0;
  private static final int PROPERTY = 1;
  private static final int DOMAIN_TYPE = 2;
  private static final int ACCESSOR = 3;
  private static final int ORIGIN = 5;

  @Test
  void theSpecificationsHaveTheShapeThisModelWasBuiltFor() {
    ReachableSchemas documented = ReachableSchemas.fromSpec(ReachableSchemas.DOCUMENTED);
    assertEquals(97, documented.schemaCountInSpec(), "schemas in the documented specification");
    assertEquals(94, documented.schemas.size(), "documented schemas reachable from the root");
    assertEquals(114, SPEC.schemaCountInSpec(), "schemas in the live specification");
    assertEquals(101, SPEC.schemas.size(), "live schemas reachable from " + ReachableSchemas.ROOT);
    // The live specification only adds: everything documented is still there.
    Set<String> lost = new TreeSet<>(documented.properties);
    lost.removeAll(SPEC.properties);
    assertTrue(lost.isEmpty(), "documented properties missing from the live specification: " + lost);
  }

  @Test
  void everyReachableSchemaHasADomainHome() {
    Set<String> covered = new TreeSet<>();
    ROWS.forEach(row -> covered.add(row[SCHEMA].split("/")[0]));
    Set<String> missing = new TreeSet<>(SPEC.schemas);
    missing.removeAll(covered);
    assertTrue(missing.isEmpty(), "schemas without a domain home: " + missing);
  }

  @Test
  void everyReachablePropertyHasADomainHome() {
    Set<String> covered = new TreeSet<>();
    ROWS.forEach(row -> covered.add(row[SCHEMA] + "#" + row[PROPERTY]));
    Set<String> missing = new TreeSet<>(SPEC.properties);
    missing.removeAll(covered);
    assertTrue(missing.isEmpty(), missing.size() + " properties without a domain home: " + missing);
  }

  @Test
  void everyRowIsAPropertyOrSchemaOfTheSpecification() {
    List<String> stray = new ArrayList<>();
    for (String[] row : ROWS) {
      String key = row[PROPERTY].isEmpty() ? row[SCHEMA] : row[SCHEMA] + "#" + row[PROPERTY];
      if (!(row[PROPERTY].isEmpty() ? SPEC.schemas.contains(key) : SPEC.properties.contains(key))) {
        stray.add(key);
      }
    }
    assertTrue(stray.isEmpty(), "rows the specification does not have: " + stray);
  }

  @Test
  void exactlyTheRowsOfTheLiveDeltaAreMarkedLive() {
    Set<String> marked = new TreeSet<>();
    Set<String> expected = new TreeSet<>();
    for (String[] row : ROWS) {
      String key = row[PROPERTY].isEmpty() ? row[SCHEMA] : row[SCHEMA] + "#" + row[PROPERTY];
      if (row[ORIGIN].equals("live")) {
        marked.add(key);
      }
      if (SPEC.liveAdditions.contains(key)) {
        expected.add(key);
      }
    }
    assertEquals(expected, marked);
    assertTrue(expected.size() >= 30, "only " + expected.size() + " live rows");
  }

  @Test
  void everyEnumerationValueTheLiveDeltaAddedIsAKnownConstant() throws ReflectiveOperationException {
    assertEquals(Set.of("LLM", "ConversationInitiationSource"), SPEC.liveEnumValues.keySet());
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, List<String>> added : SPEC.liveEnumValues.entrySet()) {
      Set<String> known = knownValues(homeOf(added.getKey()));
      added.getValue().stream().filter(value -> !known.contains(value)).forEach(unknown::add);
    }
    assertTrue(unknown.isEmpty(), "added values without a constant: " + unknown);
  }

  @Test
  void everyUnionMemberTheLiveDeltaAddedIsAKindOfItsUnion() throws ReflectiveOperationException {
    assertEquals(
        Map.of(
            "ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult",
            List.of("run_subagent_error", "run_subagent_success")),
        SPEC.liveVariants);
    for (Map.Entry<String, List<String>> added : SPEC.liveVariants.entrySet()) {
      Class<?> kinds = Class.forName(homeOf(added.getKey()).getName() + "$Kind");
      Set<String> wireValues = new TreeSet<>();
      for (Object kind : kinds.getEnumConstants()) {
        ((Optional<?>) kinds.getMethod("wireValue").invoke(kind))
            .ifPresent(value -> wireValues.add((String) value));
      }
      assertTrue(wireValues.containsAll(added.getValue()), added + " among " + wireValues);
    }
  }

  @Test
  void everyHomeExistsInTheDomainModel() throws ClassNotFoundException {
    List<String> broken = new ArrayList<>();
    for (String[] row : ROWS) {
      Class<?> type = Class.forName(row[DOMAIN_TYPE]);
      if (!row[ACCESSOR].isEmpty()) {
        try {
          type.getMethod(row[ACCESSOR]);
        } catch (NoSuchMethodException e) {
          broken.add(row[SCHEMA] + "#" + row[PROPERTY] + " -> " + row[DOMAIN_TYPE] + "." + row[ACCESSOR] + "()");
        }
      }
    }
    assertTrue(broken.isEmpty(), "homes that do not exist: " + broken);
  }

  @Test
  void theReadableTableListsEveryRowWithItsOrigin() throws IOException {
    Path doc = Path.of("..", "docs", "spec-coverage.md");
    String table = Files.readString(doc, StandardCharsets.UTF_8);
    Map<String, String> missing = new LinkedHashMap<>();
    for (String[] row : ROWS) {
      String cells = "| `" + row[SCHEMA] + "` | " + (row[PROPERTY].isEmpty() ? "" : "`" + row[PROPERTY] + "`") + " |";
      int at = table.indexOf(cells);
      String line = at < 0 ? "" : table.substring(at, table.indexOf('\n', at));
      if (at < 0 || line.endsWith("| live |") != row[ORIGIN].equals("live")) {
        missing.put(row[SCHEMA], row[PROPERTY]);
      }
    }
    if (!missing.isEmpty()) {
      fail("docs/spec-coverage.md lacks rows, or their origin, for " + missing);
    }
  }

  private static Class<?> homeOf(String schema) throws ClassNotFoundException {
    for (String[] row : ROWS) {
      if (row[SCHEMA].equals(schema) && row[PROPERTY].isEmpty()) {
        return Class.forName(row[DOMAIN_TYPE]);
      }
    }
    throw new AssertionError("no row for schema " + schema);
  }

  private static Set<String> knownValues(Class<?> vocabulary) throws ReflectiveOperationException {
    Method method = vocabulary.getMethod("knownValues");
    return ((Collection<?>) method.invoke(null)).stream()
        .map(value -> ((OpenVocabulary) value).value())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<String[]> rows() {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        SpecCoverageTest.class.getResourceAsStream("/spec-coverage.tsv"), StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        rows.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }
}
