package dev.convai.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final StringWriter err = new StringWriter();

  @Test
  void showsCountPercentRateAndEta() {
    Progress progress = Progress.onTerminal(new PrintWriter(err), OptionalLong.of(100), now::get);
    for (int i = 0; i < 25; i++) {
      progress.completed(i % 10 != 0);
    }
    now.addAndGet(5_000_000_000L);
    assertEquals("[######..................] 25/100  25%  5.0/s  ETA 15s  (3 failed)", progress.render(now.get()));
  }

  @Test
  void showsTheConcurrencyInUseAndTheBatchsLimit() {
    Progress progress = Progress.onTerminal(new PrintWriter(err), OptionalLong.empty(), now::get);
    progress.completed(true, 11, 12);
    now.addAndGet(1_000_000_000L);
    assertEquals("1 analysed  1.0/s  11 at once (limit 12)", progress.render(now.get()));
  }

  @Test
  void withoutATotalThereIsNoBarAndNoEta() {
    Progress progress = Progress.onTerminal(new PrintWriter(err), OptionalLong.empty(), now::get);
    progress.completed(true);
    now.addAndGet(2_000_000_000L);
    assertEquals("1 analysed  0.5/s", progress.render(now.get()));
  }

  @Test
  void redrawsInPlaceAndClearsBeforeOtherOutput() {
    Progress progress = Progress.onTerminal(new PrintWriter(err), OptionalLong.of(2), now::get);
    progress.completed(true);
    progress.clear();
    String text = err.toString();
    assertTrue(text.startsWith("\r[############............] 1/2"), text);
    assertTrue(text.endsWith("\r"), text);
  }

  @Test
  void durationsReadNaturally() {
    assertEquals("45s", Progress.duration(45));
    assertEquals("3m05s", Progress.duration(185));
    assertEquals("2h07m", Progress.duration(7620));
  }

  @Test
  void noneDrawsNothing() {
    Progress progress = Progress.none();
    progress.completed(false);
    progress.clear();
    progress.redraw();
    assertEquals("", err.toString());
  }
}
