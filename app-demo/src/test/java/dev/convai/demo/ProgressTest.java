package dev.convai.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final AtomicInteger concurrency = new AtomicInteger(4);
  private final StringWriter err = new StringWriter();

  private Progress bar(OptionalLong total) {
    return Progress.onTerminal(new PrintWriter(err), total, concurrency::get, now::get);
  }

  @Test
  void showsCountPercentRateEtaFailuresConcurrencyAndElapsedTime() {
    Progress progress = bar(OptionalLong.of(100));
    for (int i = 0; i < 25; i++) {
      progress.completed(i % 10 != 0);
    }
    now.addAndGet(5_000_000_000L);
    assertEquals(
        "[######..................] 25/100  25%  5.0/s  ETA 15s  3 failed  concurrency 4  5s",
        progress.render(now.get()));
  }

  @Test
  void theConcurrencyIsAskedAtEachRedraw() {
    Progress progress = bar(OptionalLong.of(10));
    progress.redraw();
    concurrency.set(2);
    progress.redraw();
    assertTrue(err.toString().contains("concurrency 4"), err::toString);
    assertTrue(err.toString().endsWith("concurrency 2  0s"), err::toString);
  }

  @Test
  void beforeTheFirstOutcomeTheEtaIsUnknownButTimePasses() {
    Progress progress = bar(OptionalLong.of(3));
    now.addAndGet(7_000_000_000L);
    assertEquals("[........................] 0/3   0%  0.0/s  ETA ?  0 failed  concurrency 4  7s", progress.render(now.get()));
  }

  @Test
  void withoutATotalThereIsNoBarAndNoEta() {
    Progress progress = bar(OptionalLong.empty());
    progress.completed(true);
    now.addAndGet(2_000_000_000L);
    assertEquals("1 analysed  0.5/s  0 failed  concurrency 4  2s", progress.render(now.get()));
  }

  @Test
  void writesGoAboveTheBarWhichIsDrawnAgainBelowThem() {
    Progress progress = bar(OptionalLong.of(2));
    progress.redraw();
    progress.completed(true);
    progress.above(() -> err.write("conv_1 failed\n"));
    String text = err.toString();
    assertTrue(text.startsWith("\r[........................] 0/2"), text);
    String cleared = "\r" + " ".repeat(text.indexOf("  0s") + 3) + "\r";
    assertTrue(text.contains(cleared + "conv_1 failed\n\r[############............] 1/2"), text);
  }

  @Test
  void aShorterLineBlanksWhatTheLongerOneLeft() {
    Progress progress = bar(OptionalLong.empty());
    now.addAndGet(61_000_000_000L);
    progress.redraw(); // "... 1m01s"
    now.addAndGet(-60_000_000_000L);
    progress.redraw(); // "... 1s": three characters shorter
    String text = err.toString();
    assertTrue(text.endsWith("1s   \r0 analysed  0.0/s  0 failed  concurrency 4  1s"), text);
  }

  @Test
  void closeRemovesTheBarAndStopsTheTimer() throws Exception {
    Progress progress = Progress.onTerminal(new PrintWriter(err), OptionalLong.of(5), concurrency::get, System::nanoTime);
    progress.start();
    waitUntil(() -> err.toString().contains("0/5"));
    progress.close();
    String atClose = err.toString();
    assertTrue(atClose.endsWith("\r"), atClose);
    Thread.sleep(3 * Progress.REDRAW_MILLIS);
    assertEquals(atClose, err.toString(), "nothing drawn after close");
  }

  @Test
  void theTimerRedrawsWithoutAnyOutcome() throws Exception {
    try (Progress progress =
        Progress.onTerminal(new PrintWriter(err), OptionalLong.of(5), concurrency::get, System::nanoTime)) {
      progress.start();
      waitUntil(() -> err.toString().split("\r\\[", -1).length > 3);
    }
  }

  @Test
  void durationsReadNaturally() {
    assertEquals("45s", Progress.duration(45));
    assertEquals("3m05s", Progress.duration(185));
    assertEquals("2h07m", Progress.duration(7620));
  }

  @Test
  void noneDrawsNothing() {
    Progress progress = Progress.none().start();
    progress.completed(false);
    progress.above(() -> {});
    progress.redraw();
    progress.close();
    assertEquals("", err.toString());
  }

  /** Polls with a deadline, so a regression fails instead of hanging the build. */
  private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 s");
      }
      Thread.sleep(20);
    }
  }
}
