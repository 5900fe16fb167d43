package dev.convai.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.convai.conversation.ConversationId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edges of the demo's input and options: ids files that are directories, invalid or carry a
 * byte order mark, empty input, the report file, the base URL from the environment, {@code /v1}
 * and plain http.
 */
class DemoEdgesTest {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir Path temp;

  private final List<Backend.Request> opened = new CopyOnWriteArrayList<>();
  private final List<ConversationId> analysed = new CopyOnWriteArrayList<>();

  private final AnalysisOnlyPort port =
      (id, options) -> {
        analysed.add(id);
        return CompletableFuture.completedFuture(DemoConversations.of(id));
      };

  private final Backend.Factory stub =
      request -> {
        opened.add(request);
        return Backend.of(port);
      };

  private CliRun run(String... args) {
    return run(Map.of(), new byte[0], args);
  }

  private CliRun run(Map<String, String> variables, byte[] stdin, String... args) {
    return CliRun.run(new DemoEnvironment(variables, new ByteArrayInputStream(stdin), false), stub, args);
  }

  /** A run through the real backends, for what the HTTP adapter itself refuses at build time. */
  private static CliRun runReal(Map<String, String> variables, String... args) {
    return CliRun.run(new DemoEnvironment(variables, InputStream.nullInputStream(), false), new DefaultBackends(), args);
  }

  private static List<String> lines(String text) {
    return text.lines().toList();
  }

  private Path file(String name, byte[]... parts) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      bytes.write(part);
    }
    return Files.write(temp.resolve(name), bytes.toByteArray());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private void assertUsageErrorBeforeAnyCall(CliRun run, String expected) {
    assertEquals(2, run.exitCode(), run::toString);
    List<String> err = lines(run.err());
    assertEquals(2, err.size(), () -> "one line saying what is wrong, one pointing to --help\n" + run);
    assertTrue(err.get(0).contains(expected), run::toString);
    assertTrue(opened.isEmpty(), "nothing opened");
    assertTrue(analysed.isEmpty(), "nothing analysed");
  }

  @Test
  void anIdsFileThatIsADirectoryIsAOneLineUsageError() {
    assertUsageErrorBeforeAnyCall(run("analyze", "--ids-file", temp.toString()), "is a directory");
  }

  @Test
  void aReportFileThatIsADirectoryIsRefusedBeforeTheWorkStarts() {
    assertUsageErrorBeforeAnyCall(run("analyze", "conv_1", "--report", temp.toString()), "is a directory");
  }

  @Test
  void aReportFileThatCannotBeWrittenIsRefusedBeforeTheWorkStarts() throws Exception {
    Path readOnly = Files.createDirectory(temp.resolve("read-only"));
    assertTrue(readOnly.toFile().setWritable(false));
    try {
      // Root may write anywhere; the check is only meaningful where permissions apply.
      assumeFalse(Files.isWritable(readOnly), "running with permission to write anywhere");
      assertUsageErrorBeforeAnyCall(
          run("analyze", "conv_1", "--report", readOnly.resolve("report.txt").toString()), "cannot write");
    } finally {
      readOnly.toFile().setWritable(true);
    }
  }

  @Test
  void aBadLastLineOfALargeIdsFileCostsNoCall() throws Exception {
    StringBuilder ids = new StringBuilder();
    for (int i = 1; i <= 5000; i++) {
      ids.append("conv_").append(i).append('\n');
    }
    ids.append("..\n");
    Path file = file("ids.txt", utf8(ids.toString()));
    assertUsageErrorBeforeAnyCall(run("analyze", "--ids-file", file.toString()), "line 5001");
  }

  @Test
  void aByteOrderMarkIsSkippedInAFileAndOnStandardInput() throws Exception {
    Path file = file("bom.txt", BOM, utf8("conv_b1\r\nconv_b2\r\n"));
    CliRun fromFile = run("analyze", "--concurrency", "1", "--format", "jsonl", "--ids-file", file.toString());
    assertEquals(0, fromFile.exitCode(), fromFile::toString);
    assertEquals(List.of(ConversationId.of("conv_b1"), ConversationId.of("conv_b2")), analysed);

    analysed.clear();
    byte[] stdin = Files.readAllBytes(file("stdin.txt", BOM, utf8("conv_s1\n")));
    CliRun fromStdin = run(Map.of(), stdin, "analyze", "--format", "jsonl", "--ids-file", "-");
    assertEquals(0, fromStdin.exitCode(), fromStdin::toString);
    assertEquals(List.of(ConversationId.of("conv_s1")), analysed);
  }

  @Test
  void invalidUtf8IsAUsageErrorNamingTheLine() throws Exception {
    // Far enough down that a reader decoding ahead in blocks would blame an earlier line.
    StringBuilder good = new StringBuilder();
    for (int i = 1; i <= 999; i++) {
      good.append("conv_").append(i).append('\n');
    }
    byte[] bad = {'c', 'o', 'n', 'v', '_', (byte) 0xFF, '\n'};
    Path file = file("latin1.txt", utf8(good.toString()), bad, utf8("conv_last\n"));
    assertUsageErrorBeforeAnyCall(run("analyze", "--ids-file", file.toString()), "line 1000: not valid UTF-8");

    CliRun stdin = run(Map.of(), Files.readAllBytes(file), "analyze", "--format", "jsonl", "--ids-file", "-");
    assertEquals(2, stdin.exitCode(), stdin::toString);
    assertTrue(stdin.err().contains("standard input, line 1000: not valid UTF-8"), stdin::toString);
    assertEquals(999, analysed.size(), "standard input streams: the lines before were analysed");
  }

  @Test
  void anEmptyIdsFileSaysSoOnStandardError() throws Exception {
    Path file = file("empty.txt", utf8("# nothing today\n\n"));
    CliRun run = run("analyze", "--format", "jsonl", "--ids-file", file.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.err().contains(file + " holds no ids: nothing to analyse."), run::toString);
    assertEquals("", run.out());
  }

  @Test
  void anEmptyStandardInputSaysSoOnStandardError() {
    CliRun run = run(Map.of(), new byte[0], "analyze", "--format", "json", "--ids-file", "-");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.err().contains("standard input held no ids: nothing was analysed."), run::toString);
    assertEquals("[]\n", run.out(), run::toString);
  }

  @Test
  void theBaseUrlComesFromTheEnvironmentUnlessAnOptionChoosesTheServer() {
    Map<String, String> env = Map.of("ELEVENLABS_API_KEY", "sk_test", "ELEVENLABS_BASE_URL", "http://127.0.0.1:9/api");
    assertEquals(0, run(env, new byte[0], "analyze", "--backend", "http", "conv_1").exitCode());
    assertEquals(Optional.of(URI.create("http://127.0.0.1:9/api")), opened.get(0).baseUrl());

    assertEquals(0, run(env, new byte[0], "analyze", "--backend", "http", "--base-url", "http://127.0.0.1:8/x", "conv_1").exitCode());
    assertEquals(Optional.of(URI.create("http://127.0.0.1:8/x")), opened.get(1).baseUrl());

    assertEquals(0, run(env, new byte[0], "analyze", "--backend", "http", "--region", "eu", "conv_1").exitCode());
    assertEquals(Optional.empty(), opened.get(2).baseUrl());
    assertEquals(Optional.of("eu"), opened.get(2).region());

    assertEquals(0, run(env, new byte[0], "analyze", "conv_1").exitCode(), "the fake backend ignores it");
    assertEquals(Optional.empty(), opened.get(3).baseUrl());
  }

  @Test
  void aBadBaseUrlInTheEnvironmentIsAUsageErrorNamingTheVariable() {
    Map<String, String> env = Map.of("ELEVENLABS_API_KEY", "sk_test", "ELEVENLABS_BASE_URL", "api.elevenlabs.io");
    assertUsageErrorBeforeAnyCall(run(env, new byte[0], "analyze", "--backend", "http", "conv_1"), "ELEVENLABS_BASE_URL");
  }

  @Test
  void aBaseUrlEndingInV1IsRefusedSayingWhy() {
    Map<String, String> key = Map.of("ELEVENLABS_API_KEY", "sk_test");
    CliRun option = runReal(key, "analyze", "--backend", "http", "--base-url", "https://api.elevenlabs.io/v1", "conv_1");
    assertEquals(2, option.exitCode(), option::toString);
    assertTrue(option.err().contains("ends in /v1") && option.err().contains("/v1/v1/"), option::toString);

    Map<String, String> env = Map.of("ELEVENLABS_API_KEY", "sk_test", "ELEVENLABS_BASE_URL", "https://api.elevenlabs.io/v1/");
    CliRun variable = runReal(env, "analyze", "--backend", "http", "conv_1");
    assertEquals(2, variable.exitCode(), variable::toString);
    assertTrue(variable.err().contains("ELEVENLABS_BASE_URL: Base URL https://api.elevenlabs.io/v1/ ends in /v1"), variable::toString);
  }

  @Test
  void plainHttpToAnotherHostPointsToAllowInsecureHttp() {
    Map<String, String> key = Map.of("ELEVENLABS_API_KEY", "sk_test");
    CliRun refused = runReal(key, "analyze", "--backend", "http", "--base-url", "http://api.example.invalid", "conv_1");
    assertEquals(2, refused.exitCode(), refused::toString);
    assertTrue(refused.err().contains("--allow-insecure-http permits it"), refused::toString);
    assertFalse(refused.err().contains("sk_test"), refused::toString);

    CliRun allowed =
        run(key, new byte[0], "analyze", "--backend", "http", "--allow-insecure-http", "--base-url", "http://api.example.invalid", "conv_1");
    assertEquals(0, allowed.exitCode(), allowed::toString);
    assertTrue(opened.get(0).allowInsecureHttp());
  }

  @Test
  void theRealHttpBackendAcceptsPlainHttpWhenAllowed() {
    Backend.Request request =
        new Backend.Request(
            BackendKind.HTTP, Optional.of(URI.create("http://api.example.invalid")), Optional.empty(), Optional.empty(), Optional.of("sk_test"), 4, true);
    try (Backend backend = new DefaultBackends().open(request)) {
      assertTrue(backend.port().toString().contains("api.example.invalid"), backend.port()::toString);
    }
    Backend.Request refused =
        new Backend.Request(
            BackendKind.HTTP, Optional.of(URI.create("http://api.example.invalid")), Optional.empty(), Optional.empty(), Optional.of("sk_test"), 4, false);
    assertThrows(IllegalArgumentException.class, () -> new DefaultBackends().open(refused));
  }

  @Test
  void helpDocumentsTheInterruptStatusAndTheBaseUrlVariable() {
    CliRun help = run("analyze", "--help");
    assertEquals(0, help.exitCode(), help::toString);
    assertTrue(help.out().contains("130") && help.out().contains("interrupted"), help::toString);
    assertTrue(help.out().contains("ELEVENLABS_BASE_URL"), help::toString);
    assertTrue(help.out().contains("--allow-insecure-http"), help::toString);
  }
}
