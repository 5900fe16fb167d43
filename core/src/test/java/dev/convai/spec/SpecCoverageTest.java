package dev.convai.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Keeps the domain model complete: every property of every schema reachable from {@code
 * GetConversationResponseModel} has a row in {@code spec-coverage.tsv}, and every row names a
 * domain type and accessor that exist. {@code docs/spec-coverage.md} is the readable form.
 */
class SpecCoverageTest {

  private static final ReachableSchemas SPEC = ReachableSchemas.fromSpec();
  private static final List<String[]> ROWS = rows();

  @Test
  void theSpecificationHasTheShapeThisModelWasBuiltFor() {
    assertEquals(97, SPEC.schemaCountInSpec(), "schemas in the specification");
    assertEquals(94, SPEC.schemas.size(), "schemas reachable from " + ReachableSchemas.ROOT);
  }

  @Test
  void everyReachableSchemaHasADomainHome() {
    Set<String> covered = new TreeSet<>();
    ROWS.forEach(row -> covered.add(row[0].split("/")[0].replace(" (beyond the spec)", "")));
    Set<String> missing = new TreeSet<>(SPEC.schemas);
    missing.removeAll(covered);
    assertTrue(missing.isEmpty(), "schemas without a domain home: " + missing);
  }

  @Test
  void everyReachablePropertyHasADomainHome() {
    Set<String> covered = new TreeSet<>();
    ROWS.forEach(row -> covered.add(row[0] + "#" + row[1]));
    Set<String> missing = new TreeSet<>(SPEC.properties);
    missing.removeAll(covered);
    assertTrue(missing.isEmpty(), missing.size() + " properties without a domain home: " + missing);
  }

  @Test
  void everyHomeExistsInTheDomainModel() throws ClassNotFoundException {
    List<String> broken = new ArrayList<>();
    for (String[] row : ROWS) {
      Class<?> type = Class.forName(row[2]);
      if (!row[3].isEmpty()) {
        try {
          type.getMethod(row[3]);
        } catch (NoSuchMethodException e) {
          broken.add(row[0] + "#" + row[1] + " -> " + row[2] + "." + row[3] + "()");
        }
      }
    }
    assertTrue(broken.isEmpty(), "homes that do not exist: " + broken);
  }

  @Test
  void theReadableTableListsEveryRow() throws IOException {
    Path doc = Path.of("..", "docs", "spec-coverage.md");
    String table = Files.readString(doc, StandardCharsets.UTF_8);
    Map<String, String> missing = new LinkedHashMap<>();
    for (String[] row : ROWS) {
      String cells = "| `" + row[0] + "` | " + (row[1].isEmpty() ? "" : "`" + row[1] + "`") + " |";
      if (!table.contains(cells)) {
        missing.put(row[0], row[1]);
      }
    }
    if (!missing.isEmpty()) {
      fail("docs/spec-coverage.md lacks rows for " + missing);
    }
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
