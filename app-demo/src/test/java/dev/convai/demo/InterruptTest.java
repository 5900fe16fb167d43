package dev.convai.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C as documented in {@code --help}: exit status 130, no new call after it, the calls in
 * flight finish, and the report is still written. The demo runs in its own JVM and gets a real
 * SIGINT.
 */
class InterruptTest {

  @TempDir Path temp;

  @Test
  void anInterruptEndsWith130AndTheReportOfWhatRan() throws Exception {
    assumeFalse(
        sigintIgnored(),
        "skipped: SIGINT is ignored in this process (started in the background without job control),"
            + " so a child JVM cannot be interrupted");
    Path out = temp.resolve("out.jsonl");
    Path err = temp.resolve("err.txt");
    try (SlowApiServer server = SlowApiServer.start(Duration.ofMillis(400))) {
      List<String> args = new ArrayList<>(List.of("analyze", "--backend", "http", "--base-url", server.baseUrl(),
          "--format", "jsonl", "--concurrency", "1"));
      for (int i = 1; i <= 50; i++) {
        args.add("conv_" + i);
      }
      ProcessBuilder builder =
          new ProcessBuilder(DemoProcess.command(args.toArray(String[]::new)))
              .redirectInput(Redirect.from(new File("/dev/null")))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().put(DemoEnvironment.API_KEY_VARIABLE, "sk_interrupt_test");
      Process demo = builder.start();
      assertTrue(server.awaitFirstRequest(Duration.ofSeconds(30)), "the batch never started");
      Thread.sleep(100); // the first call is in flight
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(demo.pid())).inheritIO().start();
      assertEquals(0, kill.waitFor(), "kill -INT");

      assertTrue(demo.waitFor(30, TimeUnit.SECONDS), "the demo did not stop within 30 s of Ctrl-C");
      String report = Files.readString(err, StandardCharsets.UTF_8);
      assertEquals(130, demo.exitValue(), report);
      assertTrue(report.contains("(cancelled)"), report);
      long records = Files.readAllLines(out, StandardCharsets.UTF_8).size();
      assertTrue(records >= 1 && records < 50, "the call in flight finished, no other started: " + records);
      assertTrue(report.contains("Batch: " + records + " requested, " + records + " succeeded"), report);
      assertTrue(server.received() <= records + 1, () -> server.received() + " calls for " + records + " records");
    }
  }

  /** Whether SIGINT (signal 2) is in this process's ignored set, which children inherit. */
  private static boolean sigintIgnored() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << 1)) != 0;
      }
    }
    return false;
  }
}
