package dev.convai.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.convai.adapter.http.ConversationJson;
import dev.convai.conversation.ConversationId;
import dev.convai.port.FailureKind;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs every {@code ```java} block of the repository's {@code README.md}, read from
 * the README itself: a snippet added later is picked up without touching this test, and none is
 * skipped silently.
 *
 * <h2>The rules a README snippet follows</h2>
 *
 * <ol>
 *   <li>Every block fenced as {@code ```java} is a snippet. Its {@code import} lines come first and
 *       are shown to the reader, so that the snippet compiles as written.
 *   <li>A snippet that declares a top-level type (a {@code class}, {@code interface}, {@code
 *       record} or {@code enum} at the start of a line) is a <em>compilation unit</em>, compiled as
 *       written. All of them are compiled together in one (unnamed) package, so one snippet may
 *       use a type another declares. It runs by its {@code main} method, or else by its JUnit
 *       {@code @Test} methods, each on a fresh instance.
 *   <li>Any other snippet is a <em>fragment</em>: its imports stay imports and the rest becomes
 *       the body of a {@code static void run() throws Exception} method of a generated class,
 *       which is then run.
 *   <li>What a fragment needs but a reader already has (the {@code conversation} of the example
 *       before, the application's logger) is given by a <em>hidden context</em>: an HTML comment
 *       right before the block (only blank lines between), invisible on a rendered page:
 *       <pre>{@code
 * <!-- readme-snippet: what the context stands for
 * import dev.convai.conversation.Conversation;
 * static Conversation conversation = dev.convai.readme.ReadmeFixtures.conversation();
 * -->
 * }</pre>
 *       Its {@code import} lines are added to the fragment's imports; its other lines become
 *       members of the generated class (fields, helper methods). Before a compilation unit, the
 *       context is compiled as a separate hidden source file.
 *   <li>A snippet that cannot run here says so and why, as {@code <!-- readme-snippet
 *       compile-only: reason} (with or without context lines); it is still compiled, and the
 *       reason appears in this test's name for it. A snippet with nothing to run (no {@code main},
 *       no {@code @Test}) must say so this way.
 * </ol>
 *
 * <p>Each snippet runs in a JVM of its own on this module's test class path, whose environment
 * holds {@code ELEVENLABS_API_KEY}, {@code ELEVENLABS_BASE_URL} of a server this test starts on
 * 127.0.0.1 (it answers the run-analysis call with {@link ReadmeFixtures#conversation(ConversationId)},
 * and 404 for ids containing {@code missing}) and {@code ELEVENLABS_WEBHOOK_SECRET}. Nothing
 * reaches the network.
 */
class ReadmeSnippetsTest {

  private static final String KEY = "sk_readme_snippets";
  private static final String WEBHOOK_SECRET = "whsec_readme_snippets";
  private static final long RUN_SECONDS = 90;

  @TempDir static Path work;

  private static HttpServer server;
  private static List<ReadmeSnippet> snippets;
  private static Map<String, List<Diagnostic<? extends JavaFileObject>>> diagnostics;
  private static Path classes;

  @BeforeAll
  static void compileTheReadme() throws IOException {
    snippets = ReadmeSnippet.parse(Files.readString(readme(), StandardCharsets.UTF_8));
    Path sources = Files.createDirectories(work.resolve("sources"));
    classes = Files.createDirectories(work.resolve("classes"));
    // Compilation units together (one may use another); each fragment on its own, so that one
    // snippet's error cannot stop the others' classes from being written.
    diagnostics = new HashMap<>();
    List<File> units = new ArrayList<>();
    for (ReadmeSnippet snippet : snippets) {
      List<File> files = write(snippet, sources);
      if (snippet.isCompilationUnit()) {
        units.addAll(files);
      } else {
        diagnostics.putAll(compile(files, classes));
      }
    }
    if (!units.isEmpty()) {
      diagnostics.putAll(compile(units, classes));
    }
    server = startServer();
  }

  private static List<File> write(ReadmeSnippet snippet, Path sources) throws IOException {
    List<File> files = new ArrayList<>();
    for (Map.Entry<String, String> source : snippet.sources().entrySet()) {
      Path file = sources.resolve(source.getKey());
      if (Files.exists(file)) {
        throw new IllegalStateException(snippet + " declares " + source.getKey() + ", which another snippet declares too");
      }
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      files.add(file.toFile());
    }
    return files;
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void everyJavaFenceOfTheReadmeIsASnippet() throws IOException {
    long fences =
        Files.readString(readme(), StandardCharsets.UTF_8).lines().filter(line -> line.strip().matches("```+java\\b.*")).count();
    assertTrue(fences > 0, "the README has Java snippets");
    assertEquals(fences, snippets.size(), "a ```java block the parser did not see would go untested");
  }

  @Test
  void theFailureSwitchOfTheReadmeNamesEveryKind() throws IOException {
    // A switch statement need not be exhaustive, so the compiler would not notice a new kind.
    String handling =
        snippets.stream()
            .filter(snippet -> snippet.heading().equals("Handle each failure kind"))
            .map(ReadmeSnippet::code)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no snippet under 'Handle each failure kind'"));
    for (FailureKind kind : FailureKind.values()) {
      assertTrue(handling.matches("(?s).*\\b" + kind.name() + "\\b.*"), () -> kind + " is missing from:\n" + handling);
    }
  }

  @TestFactory
  Stream<DynamicTest> everySnippetCompilesAndRuns() {
    return snippets.stream()
        .map(
            snippet ->
                DynamicTest.dynamicTest(
                    snippet + snippet.compileOnly().map(reason -> " [compiled only: " + reason + "]").orElse(""),
                    () -> compilesAndRuns(snippet)));
  }

  private static void compilesAndRuns(ReadmeSnippet snippet) throws Exception {
    List<String> errors = new ArrayList<>();
    for (String file : snippet.sources().keySet()) {
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getOrDefault(file, List.of())) {
        if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
          errors.add(file + ":" + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT));
        }
      }
    }
    assertTrue(errors.isEmpty(), () -> snippet + " does not compile:\n" + String.join("\n", errors) + "\n\n" + numbered(snippet));
    if (snippet.compileOnly().isPresent()) {
      assertFalse(snippet.compileOnly().get().isBlank(), snippet + ": compile-only needs a reason");
      return;
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Short-lived JVMs: the first compiler tier and the serial collector start fastest.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(classes + File.pathSeparator + System.getProperty("java.class.path"));
    command.add(SnippetRunner.class.getName());
    command.addAll(snippet.runnableClasses());
    Path output = work.resolve(snippet.generatedName() + ".out");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectInput(Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("ELEVENLABS_"));
    environment.put("ELEVENLABS_API_KEY", KEY);
    environment.put("ELEVENLABS_BASE_URL", "http://127.0.0.1:" + server.getAddress().getPort());
    environment.put("ELEVENLABS_WEBHOOK_SECRET", WEBHOOK_SECRET);
    Process process = builder.start();
    if (!process.waitFor(RUN_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(snippet + " did not finish within " + RUN_SECONDS + " s:\n" + Files.readString(output));
    }
    String printed = Files.readString(output, StandardCharsets.UTF_8);
    assertTrue(
        process.exitValue() != 3,
        () -> snippet + " has nothing to run; mark it '<!-- readme-snippet compile-only: why -->'\n" + printed);
    assertEquals(0, process.exitValue(), () -> snippet + " failed when run:\n" + printed + "\n" + numbered(snippet));
    assertFalse(printed.contains(KEY), () -> snippet + " printed the API key:\n" + printed);
    System.out.println(snippet + " ran:\n" + printed.indent(4));
  }

  /** Compiles the files together; diagnostics by source file name. */
  static Map<String, List<Diagnostic<? extends JavaFileObject>>> compile(List<File> files, Path classes) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("No Java compiler in " + System.getProperty("java.home") + ": run the build on a JDK");
    }
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager manager = compiler.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "--release", "17",
              "-proc:none",
              "-encoding", "UTF-8",
              "-Xlint:all,-classfile,-processing",
              "-classpath", classes + File.pathSeparator + System.getProperty("java.class.path"),
              "-d", classes.toString());
      compiler.getTask(null, manager, collector, options, null, manager.getJavaFileObjectsFromFiles(files)).call();
    }
    return collector.getDiagnostics().stream()
        .filter(diagnostic -> diagnostic.getSource() != null)
        .collect(Collectors.groupingBy(diagnostic -> Path.of(diagnostic.getSource().toUri()).getFileName().toString()));
  }

  /** The generated sources of a snippet with line numbers, as compile errors refer to them. */
  private static String numbered(ReadmeSnippet snippet) {
    StringBuilder text = new StringBuilder();
    snippet.sources().forEach((file, source) -> {
      text.append("--- ").append(file).append('\n');
      List<String> lines = source.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        text.append(String.format(Locale.ROOT, "%4d  %s%n", i + 1, lines.get(i)));
      }
    });
    return text.toString();
  }

  /** The repository's README: the closest directory upwards that holds both it and the Maven wrapper. */
  static Path readme() {
    for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
      if (Files.isRegularFile(directory.resolve("README.md")) && Files.isRegularFile(directory.resolve("mvnw"))) {
        return directory.resolve("README.md");
      }
    }
    throw new IllegalStateException("No README.md beside mvnw above " + Path.of("").toAbsolutePath());
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  }

  /** The run-analysis endpoint on 127.0.0.1: the fixture conversation, or 404 for "missing" ids. */
  private static HttpServer startServer() throws IOException {
    HttpServer started = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    started.createContext(
        "/",
        exchange -> {
          String[] segments = exchange.getRequestURI().getRawPath().split("/");
          int status;
          String body;
          if (!KEY.equals(exchange.getRequestHeaders().getFirst("xi-api-key"))) {
            status = 401;
            body = "{\"detail\":{\"status\":\"invalid_api_key\",\"message\":\"Invalid API key\"}}";
          } else if (segments.length == 7 && segments[6].equals("run") && "POST".equals(exchange.getRequestMethod())) {
            String id = URLDecoder.decode(segments[4], StandardCharsets.UTF_8);
            if (id.contains("missing")) {
              status = 404;
              body = "{\"detail\":{\"status\":\"conversation_not_found\",\"message\":\"Conversation not found\"}}";
            } else {
              status = 200;
              body = ConversationJson.encode(ReadmeFixtures.conversation(ConversationId.of(id)));
            }
          } else {
            status = 404;
            body = "{\"detail\":\"this test server answers only the run-analysis call\"}";
          }
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("content-type", "application/json");
          exchange.sendResponseHeaders(status, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    started.start();
    return started;
  }
}
