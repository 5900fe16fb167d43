package dev.convai.adapter.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps the wire model complete: every property of every schema reachable from {@code
 * GetConversationResponseModel} has a member with its JSON name in the DTO that the coverage
 * table names. The table is core's {@code spec-coverage.tsv}, which core's {@code
 * SpecCoverageTest} checks against the specification itself; this module's copy must be the same
 * file. And every DTO of an object keeps the members it does not name.
 */
class WireCoverageTest {

  private static String table() throws IOException {
    try (InputStream in = WireCoverageTest.class.getResourceAsStream("/spec-coverage.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theTableIsTheOneCoreChecksAgainstTheSpecification() throws IOException {
    Path cores = Path.of("..", "core", "src", "test", "resources", "spec-coverage.tsv");
    assertEquals(Files.readString(cores, StandardCharsets.UTF_8), table());
  }

  @Test
  void everyPropertyHasADtoMemberWithItsJsonName() throws IOException, ClassNotFoundException {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (String line : table().split("\n")) {
      String[] row = line.split("\t", -1);
      if (row[0].equals("schema") || row[1].isEmpty() || row[4].isEmpty()) {
        continue;
      }
      Class<?> dto = Class.forName(getClass().getPackageName() + "." + row[4]);
      if (!jsonNames(dto).contains(row[1])) {
        missing.add(row[0] + "#" + row[1] + " in " + row[4]);
      }
      checked++;
    }
    assertTrue(checked > 400, "only " + checked + " properties checked");
    assertTrue(missing.isEmpty(), "properties without a DTO member: " + missing);
  }

  @Test
  void everyObjectDtoKeepsTheMembersItDoesNotName() throws IOException, ClassNotFoundException {
    List<String> lossy = new ArrayList<>();
    Set<String> checked = new HashSet<>();
    for (String line : table().split("\n")) {
      String[] row = line.split("\t", -1);
      if (row[0].equals("schema") || row[4].isEmpty() || !checked.add(row[4])) {
        continue;
      }
      Class<?> dto = Class.forName(getClass().getPackageName() + "." + row[4]);
      // A union's DTO is an interface; its variants are rows of their own.
      if (!dto.isInterface() && !WireObject.class.isAssignableFrom(dto)) {
        lossy.add(row[4]);
      }
    }
    assertTrue(checked.size() > 90, "only " + checked.size() + " DTOs checked");
    assertTrue(lossy.isEmpty(), "DTOs that drop unknown members: " + lossy);
  }

  private static Set<String> jsonNames(Class<?> dto) {
    List<AnnotatedElement> members = new ArrayList<>();
    if (dto.isRecord()) {
      for (RecordComponent component : dto.getRecordComponents()) {
        members.add(component);
      }
    }
    // A member may be declared by a base the variants share (the common tool-result members).
    for (Class<?> type = dto; type != null && type != Object.class; type = type.getSuperclass()) {
      members.addAll(List.of(type.getDeclaredFields()));
      members.addAll(List.of(type.getDeclaredMethods()));
    }
    for (Constructor<?> constructor : dto.getDeclaredConstructors()) {
      for (Parameter parameter : constructor.getParameters()) {
        members.add(parameter);
      }
    }
    Set<String> names = new HashSet<>();
    for (AnnotatedElement member : members) {
      JsonProperty property = member.getAnnotation(JsonProperty.class);
      if (property != null) {
        names.add(property.value());
      }
    }
    return names;
  }
}
