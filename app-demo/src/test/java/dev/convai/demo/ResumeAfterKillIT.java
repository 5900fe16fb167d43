package dev.convai.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.adapter.http.ConversationJson;
import dev.convai.conversation.ConversationId;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --resume} survives {@code SIGKILL}: the packaged demo ({@code java -jar
 * convai-demo.jar}) runs against a local server that answers each analysis after a short delay, is
 * killed with {@link Process#destroyForcibly()} several times mid-run, and is then run to the end.
 * The file must hold every id exactly once, each line a whole conversation.
 */
class ResumeAfterKillIT {

  private static final int IDS = 1500;
  private static final int KILLS = 3;
  private static final String KEY = "sk_resume_test_only";

  @TempDir Path temp;

  private final List<Process> started = new ArrayList<>();
  private Vertx vertx;
  private String baseUrl;

  @BeforeEach
  void startServer() throws Exception {
    vertx = Vertx.vertx();
    HttpServer server =
        vertx
            .createHttpServer()
            .requestHandler(
                request -> {
                  String id = URLDecoder.decode(request.path().split("/")[4], StandardCharsets.UTF_8);
                  String body = ConversationJson.encode(DemoConversations.of(ConversationId.of(id)));
                  // A slow analysis, as the real one is: the kill lands while calls are in flight.
                  vertx.setTimer(15, tick -> request.response().putHeader("content-type", "application/json").end(body));
                })
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    baseUrl = "http://127.0.0.1:" + server.actualPort();
  }

  @AfterEach
  void stopServer() throws Exception {
    // A failed assertion must not leave a demo process behind.
    started.forEach(Process::destroyForcibly);
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private Process start(Path ids, Path out, Path log) throws IOException {
    Path jar = Path.of(System.getProperty("demo.jar", "target/convai-demo.jar"));
    assertTrue(Files.isRegularFile(jar), () -> "no packaged demo at " + jar.toAbsolutePath());
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            jar.toString(),
            "analyze",
            "--backend", "http",
            "--base-url", baseUrl,
            "--ids-file", ids.toString(),
            "--format", "jsonl",
            "--concurrency", "8",
            "--resume", out.toString());
    builder.environment().put(DemoEnvironment.API_KEY_VARIABLE, KEY);
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.redirectError(log.toFile());
    Process process = builder.start();
    started.add(process);
    return process;
  }

  private static long lineBreaks(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    byte[] bytes = Files.readAllBytes(file);
    long count = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        count++;
      }
    }
    return count;
  }

  @Test
  void everyIdOnceAfterRepeatedKills() throws Exception {
    List<String> expected = IntStream.range(0, IDS).mapToObj(i -> String.format("conv_kill_%05d", i)).toList();
    Path ids = Files.write(temp.resolve("ids.txt"), expected, StandardCharsets.UTF_8);
    Path out = temp.resolve("run.jsonl");

    int tornAfterKill = 0;
    for (int kill = 1; kill <= KILLS; kill++) {
      long before = lineBreaks(out);
      Path log = temp.resolve("kill-" + kill + ".log");
      Process demo = start(ids, out, log);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      // Kill once this run has written a good number of records, well before it could finish.
      while (lineBreaks(out) < before + 120 && demo.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertTrue(demo.isAlive(), () -> "the run ended before it could be killed: " + log(log));
      demo.destroyForcibly();
      assertTrue(demo.waitFor(30, TimeUnit.SECONDS));
      byte[] left = Files.readAllBytes(out);
      if (left.length > 0 && left[left.length - 1] != '\n') {
        tornAfterKill++;
      }
      assertTrue(lineBreaks(out) < IDS, "killed mid-run, not after it");
    }

    long recordedBeforeLastRun = lineBreaks(out);
    Path lastLog = temp.resolve("last.log");
    Process last = start(ids, out, lastLog);
    assertTrue(last.waitFor(120, TimeUnit.SECONDS), "the resumed run finished");
    String report = Files.readString(lastLog, StandardCharsets.UTF_8);
    assertEquals(0, last.exitValue(), report);
    assertTrue(
        report.contains(recordedBeforeLastRun + " ids skipped (already recorded), " + (IDS - recordedBeforeLastRun) + " written"),
        report);

    Map<String, Integer> counts = new HashMap<>();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    for (String line : lines) {
      counts.merge(ConversationJson.decode(line).conversationId().value(), 1, Integer::sum);
    }
    List<String> notOnce = new ArrayList<>();
    for (String id : expected) {
      if (counts.getOrDefault(id, 0) != 1) {
        notOnce.add(id + "=" + counts.getOrDefault(id, 0));
      }
    }
    assertEquals(List.of(), notOnce, "every id exactly once");
    assertEquals(IDS, lines.size());
    assertTrue(Files.readString(out, StandardCharsets.UTF_8).endsWith("\n"), "no torn last line");
    System.out.println("ResumeAfterKillIT: " + KILLS + " kills, " + tornAfterKill + " left a torn last line that the next run repaired");
  }

  private static String log(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "(no log)";
    } catch (IOException e) {
      return e.toString();
    }
  }
}
