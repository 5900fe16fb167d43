package dev.convai.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar in a real pseudo-terminal: the demo runs in its own JVM under {@code script}
 * (util-linux), which gives it a terminal as standard error while standard output goes to a file,
 * the demo's main use ({@code --format jsonl > out.jsonl}). The one call takes 1.5 s, so only a
 * timer can draw more than one frame before it completes.
 */
class ProgressOnATerminalTest {

  private static final Pattern FRAME = Pattern.compile("\r(\\[[#.]{24}\\] 0/1 [^\r\n]*)");

  @TempDir Path temp;

  @Test
  void aTerminalOnStandardErrorShowsABarRedrawnOnATimerWhileStandardOutputIsAFile() throws Exception {
    assumeTrue(
        onPath("script"),
        "skipped: 'script' (util-linux) is not installed, so no pseudo-terminal can be made; install util-linux");
    Path records = temp.resolve("out.jsonl");
    Path terminal = temp.resolve("terminal.txt");
    try (SlowApiServer server = SlowApiServer.start(Duration.ofMillis(1500))) {
      List<String> demo =
          DemoProcess.command("analyze", "--backend", "http", "--base-url", server.baseUrl(), "--format", "jsonl", "conv_slow");
      String line = DemoProcess.shellLine(demo) + " > " + DemoProcess.shellLine(List.of(records.toString()));
      ProcessBuilder builder =
          new ProcessBuilder("script", "-qfec", line, "/dev/null")
              .redirectInput(Redirect.from(new File("/dev/null")))
              .redirectOutput(terminal.toFile())
              .redirectErrorStream(true);
      builder.environment().put(DemoEnvironment.API_KEY_VARIABLE, "sk_terminal_test");
      builder.environment().remove("TERM");
      Process process = builder.start();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the demo did not finish within 60 s");
      String shown = Files.readString(terminal, StandardCharsets.UTF_8);
      assertEquals(0, process.exitValue(), shown);

      List<String> frames = FRAME.matcher(shown).results().map(match -> match.group(1)).toList();
      assertTrue(frames.size() >= 3, () -> "a frame every 200 ms while the call is pending:\n" + shown);
      assertTrue(frames.get(0).matches("\\[\\.{24}\\] 0/1   0%  0\\.0/s  ETA \\?  0 failed  concurrency 4  0s *"), frames::toString);
      assertTrue(frames.stream().anyMatch(frame -> frame.strip().endsWith("  1s")), () -> "time passes on the bar:\n" + frames);
      assertTrue(shown.contains("Batch: 1 requested, 1 succeeded, 0 failed"), shown);
      assertFalse(shown.contains("sk_terminal_test"), shown);

      List<String> written = Files.readAllLines(records, StandardCharsets.UTF_8);
      assertEquals(1, written.size(), written::toString);
      assertTrue(written.get(0).startsWith("{") && !written.get(0).contains("\r"), written::toString);
    }
  }

  @Test
  void fastCompletionsDoNotRedrawTheBarEachWhenStandardOutputIsAFile() throws Exception {
    assumeTrue(onPath("script"), "skipped: 'script' (util-linux) is not installed, so no pseudo-terminal can be made");
    Path ids = temp.resolve("ids.txt");
    try (var lines = Files.newBufferedWriter(ids)) {
      for (int i = 1; i <= 1000; i++) {
        lines.write("conv_" + i + "\n");
      }
    }
    Path records = temp.resolve("out.jsonl");
    Path terminal = temp.resolve("terminal.txt");
    String line =
        DemoProcess.shellLine(DemoProcess.command("analyze", "--ids-file", ids.toString(), "--format", "jsonl"))
            + " > " + DemoProcess.shellLine(List.of(records.toString()));
    long started = System.nanoTime();
    Process process = script(line, terminal).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the demo did not finish within 120 s");
    long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    String shown = Files.readString(terminal, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), shown);
    assertEquals(1000, Files.readAllLines(records).size());

    long frames = Pattern.compile("\r\\[[#.]{24}\\]").matcher(shown).results().count();
    // One frame at the start and one per tick at most; a frame per record would be 1000.
    assertTrue(frames <= elapsedMillis / Progress.REDRAW_MILLIS + 2, () -> frames + " frames in " + elapsedMillis + " ms");
    assertTrue(frames >= 1, shown);
  }

  @Test
  void withStandardOutputOnTheSameTerminalNoRecordLandsInTheBar() throws Exception {
    assumeTrue(onPath("script"), "skipped: 'script' (util-linux) is not installed, so no pseudo-terminal can be made");
    Path terminal = temp.resolve("terminal.txt");
    String line = DemoProcess.shellLine(DemoProcess.command("analyze", "--format", "table", "--concurrency", "1"));
    Process process = script(line, terminal).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the demo did not finish within 60 s");
    String shown = Files.readString(terminal, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), shown);
    assertTrue(shown.contains("conv_sample_05"), shown);
    assertTrue(shown.contains("concurrency 1"), () -> "the bar was drawn:\n" + shown);
    // What stays visible of each line is what follows its last carriage return (String.lines()
    // would split at carriage returns too).
    List<String> visible =
        Stream.of(shown.split("\n", -1)).map(text -> text.replaceAll("\r+$", "")).map(text -> text.substring(text.lastIndexOf('\r') + 1)).toList();
    assertTrue(visible.stream().noneMatch(text -> text.contains("concurrency 1")), () -> String.join("\n", visible));
  }

  private static ProcessBuilder script(String commandLine, Path terminal) {
    ProcessBuilder builder =
        new ProcessBuilder("script", "-qfec", commandLine, "/dev/null")
            .redirectInput(Redirect.from(new File("/dev/null")))
            .redirectOutput(terminal.toFile())
            .redirectErrorStream(true);
    builder.environment().remove("TERM");
    return builder;
  }

  @Test
  void standardErrorInAFileGetsNoBar() throws Exception {
    Path err = temp.resolve("err.txt");
    try (SlowApiServer server = SlowApiServer.start(Duration.ofMillis(600))) {
      ProcessBuilder builder =
          new ProcessBuilder(
                  DemoProcess.command("analyze", "--backend", "http", "--base-url", server.baseUrl(), "--format", "jsonl", "conv_slow"))
              .redirectInput(Redirect.from(new File("/dev/null")))
              .redirectOutput(Redirect.DISCARD)
              .redirectError(err.toFile());
      builder.environment().put(DemoEnvironment.API_KEY_VARIABLE, "sk_terminal_test");
      Process process = builder.start();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the demo did not finish within 60 s");
      String written = Files.readString(err, StandardCharsets.UTF_8);
      assertEquals(0, process.exitValue(), written);
      // The bar's own field, "  concurrency 4"; the report's Concurrency line is no bar.
      assertFalse(written.contains("\r") || written.matches("(?s).*  concurrency \\d.*"), written);
      assertTrue(written.contains("Batch: 1 requested, 1 succeeded, 0 failed"), written);
    }
  }

  private static boolean onPath(String tool) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String directory : path.split(File.pathSeparator)) {
      if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, tool))) {
        return true;
      }
    }
    return false;
  }
}
