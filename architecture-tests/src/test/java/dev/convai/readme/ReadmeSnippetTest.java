package dev.convai.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippet rules of {@link ReadmeSnippetsTest}, on small Markdown texts of their own. */
class ReadmeSnippetTest {

  @TempDir Path temp;

  private static String markdown(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void aFragmentKeepsItsImportsAndBecomesTheBodyOfRun() {
    List<ReadmeSnippet> snippets =
        ReadmeSnippet.parse(markdown("# Title", "## Use it", "```java", "import java.util.List;", "", "var list = List.of(1);", "```"));
    assertEquals(1, snippets.size());
    ReadmeSnippet snippet = snippets.get(0);
    assertEquals(3, snippet.line());
    assertEquals("Use it", snippet.heading());
    String source = snippet.sources().get("ReadmeSnippetLine3.java");
    assertTrue(source.startsWith("// README.md line 3 (Use it)\nimport java.util.List;\n"), source);
    assertTrue(source.matches("(?s).*static void run\\(\\) throws Exception \\{\\s*var list = List.of\\(1\\);\n  }\n}\n"), source);
    assertEquals(List.of("ReadmeSnippetLine3"), snippet.runnableClasses());
  }

  @Test
  void theHiddenContextGivesImportsAndMembers() {
    ReadmeSnippet snippet =
        ReadmeSnippet.parse(
                markdown(
                    "<!-- readme-snippet: a list the reader already has",
                    "import java.util.List;",
                    "static List<String> names = List.of(\"a\");",
                    "-->",
                    "",
                    "```java",
                    "System.out.println(names);",
                    "```"))
            .get(0);
    assertEquals(List.of("import java.util.List;", "static List<String> names = List.of(\"a\");"), snippet.context());
    String source = snippet.sources().get("ReadmeSnippetLine6.java");
    assertTrue(source.indexOf("import java.util.List;") < source.indexOf("public class ReadmeSnippetLine6"), source);
    assertTrue(source.indexOf("static List<String> names") < source.indexOf("static void run()"), source);
    assertEquals(Optional.empty(), snippet.compileOnly());
  }

  @Test
  void aTopLevelTypeIsACompilationUnitCompiledAsWritten() {
    String code = "import java.util.List;\n\npublic final class Names {\n  record Inner(int x) {}\n}\n\nclass Other {}\n";
    ReadmeSnippet snippet = ReadmeSnippet.parse("```java\n" + code + "```\n").get(0);
    assertTrue(snippet.isCompilationUnit());
    assertEquals(List.of("Names", "Other"), snippet.topLevelTypes(), "nested types are not run on their own");
    assertEquals(Map.of("Names.java", "// README.md line 1 ((top))\n" + code), snippet.sources());
  }

  @Test
  void compileOnlySaysWhyOnOneLine() {
    ReadmeSnippet snippet =
        ReadmeSnippet.parse(markdown("<!-- readme-snippet compile-only: needs a servlet container -->", "```java", "class Handler {}", "```"))
            .get(0);
    assertEquals(Optional.of("needs a servlet container"), snippet.compileOnly());
    assertEquals(List.of(), snippet.context());
  }

  @Test
  void otherLanguagesAreNotSnippets() {
    assertEquals(List.of(), ReadmeSnippet.parse(markdown("```sh", "./mvnw verify", "```", "```xml", "<a/>", "```")));
  }

  @Test
  void misplacedContextsAndOpenFencesAreErrorsNotSkips() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ReadmeSnippet.parse(markdown("<!-- readme-snippet: orphan", "int x = 1;", "-->", "", "Some text.", "```java", "x++;", "```")));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReadmeSnippet.parse(markdown("<!-- readme-snippet: before shell", "-->", "```sh", "ls", "```")));
    assertThrows(IllegalArgumentException.class, () -> ReadmeSnippet.parse(markdown("<!-- readme-snippet: at the end", "-->")));
    assertThrows(IllegalArgumentException.class, () -> ReadmeSnippet.parse(markdown("```java", "int x = 1;")));
  }

  @Test
  void aSnippetThatDoesNotCompileIsReportedAsSuch() throws Exception {
    // The README's line before snippets were compiled: OptionalLong is not an Optional.
    ReadmeSnippet snippet =
        ReadmeSnippet.parse(
                markdown(
                    "<!-- readme-snippet: a value",
                    "static java.util.Optional<dev.convai.json.JsonValue> orderId = java.util.Optional.empty();",
                    "-->",
                    "```java",
                    "import dev.convai.json.JsonValue;",
                    "orderId.flatMap(JsonValue::asLong).ifPresent(id -> System.out.println(\"order \" + id));",
                    "```"))
            .get(0);
    Map.Entry<String, String> source = snippet.sources().entrySet().iterator().next();
    Path file = Files.writeString(temp.resolve(source.getKey()), source.getValue());
    Path classes = Files.createDirectories(temp.resolve("classes"));
    var diagnostics = ReadmeSnippetsTest.compile(List.of(new File(file.toString())), classes);
    assertTrue(
        diagnostics.getOrDefault(source.getKey(), List.of()).stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR),
        diagnostics::toString);
  }
}
