package dev.convai.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.adapter.http.ConversationJson;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationAnalysisPort;
import dev.convai.port.ConversationNotFoundException;
import dev.convai.port.FailureDetails;
import dev.convai.port.ServerErrorException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parsing, exit statuses and where output goes, on a stub port: ids containing "missing" are not
 * found, every other id succeeds.
 */
class AnalyzeCommandTest {

  @TempDir Path temp;

  private final List<Backend.Request> opened = new CopyOnWriteArrayList<>();
  private final List<ConversationId> analysed = new CopyOnWriteArrayList<>();

  private final AnalysisOnlyPort port =
      (id, options) -> {
        analysed.add(id);
        if (id.value().contains("missing")) {
          return CompletableFuture.failedFuture(
              new ConversationNotFoundException(
                  "Conversation not found", FailureDetails.of(id).withStatus(404), null));
        }
        return CompletableFuture.completedFuture(DemoConversations.of(id));
      };

  private static String json(String id) {
    return ConversationJson.encode(DemoConversations.of(ConversationId.of(id)));
  }

  private CliRun run(String... args) {
    return run(Map.of(), new ByteArrayInputStream(new byte[0]), false, args);
  }

  private CliRun run(Map<String, String> variables, InputStream stdin, boolean terminal, String... args) {
    Backend.Factory backends =
        request -> {
          opened.add(request);
          return Backend.of(port);
        };
    return CliRun.run(new DemoEnvironment(variables, stdin, terminal), backends, args);
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
  }

  @Test
  void withNoIdsTheFakeBackendAnalysesTheSampleAndSaysSo() {
    CliRun run = run("analyze");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(AnalyzeCommand.SAMPLE_IDS.size(), analysed.size());
    assertEquals(analysed.size(), Set.copyOf(analysed).size());
    String firstLine = run.err().lines().findFirst().orElseThrow();
    assertTrue(firstLine.contains("fake backend"), firstLine);
    assertEquals(BackendKind.FAKE, opened.get(0).kind());
  }

  @Test
  void helpIsCompleteAndSucceeds() {
    CliRun run = run("analyze", "--help");
    assertEquals(0, run.exitCode(), run::toString);
    for (String expected :
        List.of("--ids-file", "--backend", "--base-url", "--region", "--concurrency", "--format", "--report",
            "ELEVENLABS_API_KEY", "Examples", "Exit status:", "conv_sample_01", "jsonl")) {
      assertTrue(run.out().contains(expected), () -> expected + " missing from\n" + run.out());
    }
    assertTrue(analysed.isEmpty());
  }

  @Test
  void theTopCommandAloneIsAUsageError() {
    CliRun run = run();
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("analyze"));
  }

  @Test
  void usageErrorsExitWithTwoAndOneLineOfExplanation() {
    List<List<String>> wrong =
        List.of(
            List.of("analyze", "--no-such-option"),
            List.of("analyze", "--format", "xml"),
            List.of("analyze", "--backend", "smtp"),
            List.of("analyze", "--concurrency", "0"),
            List.of("analyze", "--concurrency", "many"),
            List.of("analyze", "--concurrency", "100000"),
            List.of("analyze", "."),
            List.of("analyze", "--region", "eu"),
            List.of("analyze", "--base-url", "http://127.0.0.1:1"),
            List.of("analyze", "--backend", "http", "--base-url", "http://127.0.0.1:1", "--region", "eu", "conv_1"),
            List.of("analyze", "--ids-file", temp.resolve("absent.txt").toString()),
            List.of("analyze", "--report", temp.resolve("no/such/dir/report.json").toString()),
            List.of("analyze", "--ids-file", temp.toString()),
            List.of("analyze", "--report", temp.toString()),
            List.of("analyze", "--allow-insecure-http"));
    for (List<String> args : wrong) {
      CliRun run = run(args.toArray(String[]::new));
      assertEquals(2, run.exitCode(), () -> args + "\n" + run);
      assertTrue(run.err().contains("Try 'convai-demo analyze --help'"), () -> args + "\n" + run);
      assertTrue(run.out().isEmpty(), () -> args + "\n" + run);
    }
    assertTrue(analysed.isEmpty());
    assertTrue(opened.isEmpty());
  }

  @Test
  void theHttpBackendNeedsTheKeyFromTheEnvironment() {
    CliRun run = run("analyze", "--backend", "http", "conv_1");
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("ELEVENLABS_API_KEY"), run::toString);
    assertTrue(opened.isEmpty());
  }

  @Test
  void theHttpBackendHasNoSample() {
    CliRun run = run(Map.of("ELEVENLABS_API_KEY", "sk_test"), InputStream.nullInputStream(), false, "analyze", "--backend", "http");
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(opened.isEmpty());
  }

  @Test
  void theKeyReachesTheBackendAndNoOutput() {
    CliRun run =
        run(Map.of("ELEVENLABS_API_KEY", "sk_secret_123"), InputStream.nullInputStream(), false,
            "analyze", "--backend", "HTTP", "--region", "eu", "conv_1");
    assertEquals(0, run.exitCode(), run::toString);
    Backend.Request request = opened.get(0);
    assertEquals("sk_secret_123", request.apiKey().orElseThrow());
    assertEquals("eu", request.region().orElseThrow());
    assertFalse(request.toString().contains("sk_secret_123"));
    assertFalse(run.out().contains("sk_secret_123") || run.err().contains("sk_secret_123"));
    assertFalse(run.err().contains("fake backend"));
  }

  @Test
  void aFailedIdExitsWithOneAndIsNamedOnStandardErrorWhileOthersPrint() {
    CliRun run = run("analyze", "--format", "jsonl", "--concurrency", "1", "conv_a", "conv_missing", "conv_b");
    assertEquals(1, run.exitCode(), run::toString);
    assertEquals(List.of(json("conv_a"), json("conv_b")), lines(run.out()));
    List<String> failureLines = run.err().lines().filter(line -> line.contains(" failed: ")).toList();
    assertEquals(1, failureLines.size(), run::toString);
    assertTrue(failureLines.get(0).startsWith("conv_missing failed: NOT_FOUND (HTTP 404, 1 attempt)"), failureLines::toString);
  }

  @Test
  void jsonIsAlwaysOneArray() {
    assertEquals("[\n" + json("conv_1") + "\n]\n", run("analyze", "--format", "json", "conv_1").out());
    assertEquals(
        "[\n" + json("conv_1") + ",\n" + json("conv_2") + "\n]\n",
        run("analyze", "--format", "json", "--concurrency", "1", "conv_1", "conv_2").out());
    CliRun none = run("analyze", "--format", "json", "conv_missing");
    assertEquals("[]\n", none.out());
    assertEquals(1, none.exitCode());
  }

  @Test
  void machineFormatsKeepTheReportOffStandardOutput() {
    CliRun run = run("analyze", "--format", "jsonl", "conv_1", "conv_2");
    assertEquals(2, lines(run.out()).size(), run::toString);
    assertTrue(run.err().contains("Batch: 2 requested, 2 succeeded, 0 failed"), run::toString);
  }

  @Test
  void jsonFormatWritesAJsonReportToStandardErrorOrTheReportFile() throws Exception {
    CliRun toErr = run("analyze", "--format", "json", "conv_1", "conv_missing");
    assertTrue(toErr.err().contains("\"requested\" : 2"), toErr::toString);
    assertTrue(toErr.err().contains("\"kind\" : \"NOT_FOUND\""), toErr::toString);

    Path report = temp.resolve("report.json");
    CliRun toFile = run("analyze", "--format", "json", "--report", report.toString(), "conv_1", "conv_missing");
    String json = Files.readString(report);
    assertTrue(json.contains("\"conversation_ids\" : [ \"conv_missing\" ]"), json);
    assertFalse(toFile.err().contains("\"requested\""), toFile::toString);
    assertTrue(toFile.err().contains("conv_missing failed: NOT_FOUND"), toFile::toString);
  }

  @Test
  void theTextReportGoesToTheReportFileWithOtherFormats() throws Exception {
    Path report = temp.resolve("report.txt");
    CliRun run = run("analyze", "--format", "csv", "--report", report.toString(), "conv_1");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(Files.readString(report).startsWith("Batch: 1 requested, 1 succeeded, 0 failed"));
    assertFalse(run.err().contains("Batch:"), run::toString);
  }

  @Test
  void idsComeFromArgumentsThenTheIdsFileSkippingBlanksAndComments() throws Exception {
    Path ids = temp.resolve("ids.txt");
    Files.writeString(ids, "# exported today\nconv_f1\n\n  conv_f2  \r\n#conv_not\nconv_f3", StandardCharsets.UTF_8);
    CliRun run = run("analyze", "--concurrency", "1", "--format", "jsonl", "conv_arg", "--ids-file", ids.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(
        List.of("conv_arg", "conv_f1", "conv_f2", "conv_f3"),
        analysed.stream().map(ConversationId::value).toList());
  }

  @Test
  void aDashReadsIdsFromStandardInput() {
    InputStream stdin = new ByteArrayInputStream("conv_in1\nconv_in2\n".getBytes(StandardCharsets.UTF_8));
    CliRun run = run(Map.of(), stdin, false, "analyze", "--ids-file", "-", "--format", "jsonl");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(2, lines(run.out()).size());
  }

  @Test
  void anInvalidLineInAnIdsFileIsAUsageErrorNamingTheLineBeforeAnyCall() throws Exception {
    Path ids = temp.resolve("ids.txt");
    Files.writeString(ids, "conv_1\n..\nconv_3\n");
    CliRun run = run("analyze", "--concurrency", "1", "--format", "json", "--ids-file", ids.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("line 2"), run::toString);
    assertEquals("", run.out(), run::toString);
    assertTrue(analysed.isEmpty(), analysed::toString);
    assertTrue(opened.isEmpty(), "checked before the backend is opened");
  }

  @Test
  void anInvalidLineOnStandardInputStopsTheStreamNamingTheLine() {
    InputStream stdin = new ByteArrayInputStream("conv_1\n..\nconv_3\n".getBytes(StandardCharsets.UTF_8));
    CliRun run = run(Map.of(), stdin, false, "analyze", "--concurrency", "1", "--format", "json", "--ids-file", "-");
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("standard input, line 2"), run::toString);
    assertEquals("[\n" + json("conv_1") + "\n]\n", run.out(), "the array is still closed");
    assertFalse(analysed.contains(ConversationId.of("conv_3")));
  }

  @Test
  void progressIsDrawnOnlyOnATerminal() {
    CliRun terminal = run(Map.of(), InputStream.nullInputStream(), true, "analyze", "--format", "jsonl", "conv_1", "conv_2");
    assertTrue(terminal.err().contains("\r[") && terminal.err().contains("/s"), terminal::toString);
    assertEquals(2, lines(terminal.out()).size(), terminal::toString);

    CliRun pipe = run(Map.of(), InputStream.nullInputStream(), false, "analyze", "--format", "jsonl", "conv_1", "conv_2");
    assertFalse(pipe.err().contains("\r"), pipe::toString);
  }

  @Test
  void theTableShowsStatusVerdictsRationalesDataAndSummary() {
    CliRun run = run("analyze", "conv_1");
    assertEquals(0, run.exitCode(), run::toString);
    for (String expected :
        List.of("conv_1  agent agent_1  status done", "call successful: ", "title: Refund question",
            "summary: The caller, \"Ann\", asked about a refund", "[pass] greeting: Greeted by name.",
            "resolved: ", "customer_name = \"Ann\"", "amount = 9007199254740993")) {
      assertTrue(run.out().contains(expected), () -> expected + " missing from\n" + run.out());
    }
  }

  @Test
  void theTextReportSummarisesTheAnalyses() {
    CliRun run = run("analyze", "--format", "jsonl", "conv_1", "conv_2", "conv_3", "conv_missing");
    assertEquals(1, run.exitCode(), run::toString);
    String err = run.err();
    assertTrue(err.contains("Batch: 4 requested, 3 succeeded, 1 failed"), err);
    assertTrue(err.matches("(?s).*\n  greeting\\s+3\\s+0\\s+0\\s+100.0%\n.*"), err);
    assertTrue(err.contains("min 9007199254740993, max 9007199254740993"), err);
    assertTrue(err.contains("NOT_FOUND"), err);
  }

  @Test
  void csvHasAHeaderAndOneQuotedRowPerConversation() {
    CliRun run = run("analyze", "--format", "csv", "--concurrency", "1", "conv_1", "conv_2");
    List<String> rows = run.out().lines().toList();
    assertEquals(3, rows.size(), run::toString);
    assertEquals(String.join(",", CsvWriter.HEADER), rows.get(0));
    assertTrue(run.out().endsWith("\r\n"));
    String row = rows.get(1);
    assertTrue(row.startsWith("conv_1,agent_1,done,2025-06-15T15:06:40Z,61,"), row);
    assertTrue(row.contains(",\"The caller, \"\"Ann\"\", asked about a refund; the agent explained, the policy.\""), row);
    assertTrue(row.contains("\"{\"\"amount\"\":9007199254740993,\"\"customer_name\"\":\"\"Ann\"\"}\""), row);
  }

  @Test
  void aClosedStandardOutputStopsTheBatch() {
    ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
    try {
      AnalysisOnlyPort slow =
          (id, options) -> {
            analysed.add(id);
            CompletableFuture<Conversation> answer = new CompletableFuture<>();
            later.schedule(() -> answer.complete(DemoConversations.of(id)), 1, TimeUnit.MILLISECONDS);
            return answer;
          };
      Writer closedAfterFirstRecord =
          new Writer() {
            private int writes;

            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
              if (writes++ > 0) {
                throw new IOException("Broken pipe");
              }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
          };
      CommandLine commandLine =
          DemoCli.commandLine(new DemoEnvironment(Map.of(), InputStream.nullInputStream(), false), request -> Backend.of(slow));
      commandLine.setOut(new PrintWriter(closedAfterFirstRecord));
      commandLine.setErr(new PrintWriter(new StringWriter()));
      List<String> args = new ArrayList<>(List.of("analyze", "--format", "jsonl", "--concurrency", "1"));
      for (int i = 0; i < 200; i++) {
        args.add("conv_" + i);
      }
      commandLine.execute(args.toArray(String[]::new));
      assertTrue(analysed.size() < 10, analysed.size() + " ids analysed after standard output closed");
    } finally {
      later.shutdownNow();
    }
  }

  @Test
  void aFailureLineNamesIdKindStatusAndAttemptsOnce() {
    ConversationId id = ConversationId.of("conv_9");
    assertEquals(
        "conv_9 failed: SERVER_ERROR (HTTP 503, 3 attempts): Server error for conv_9",
        AnalyzeCommand.failureLine(
            id,
            new ServerErrorException(
                "Server error for conv_9\n (HTTP 503, 3 attempts)", FailureDetails.of(id).withStatus(503).withAttempts(3), null)));
    assertEquals(
        "conv_9 failed: NOT_FOUND (1 attempt): gone",
        AnalyzeCommand.failureLine(id, new ConversationNotFoundException("gone", FailureDetails.of(id), null)));
  }
}
