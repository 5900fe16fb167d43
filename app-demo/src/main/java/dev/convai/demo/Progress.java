package dev.convai.demo;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error, redrawn in place: done and total, rate, ETA, failures
 * so far, the concurrency in use and the time elapsed. Only drawn when standard error is a
 * terminal (see {@link Terminals}): in a pipe or a log file, carriage returns are noise.
 *
 * <p>Redrawn on a timer, not only when an outcome arrives, so that a batch waiting on slow calls
 * still shows the time passing. The timer's thread and the batch's sink both use it, so every
 * method takes the bar's lock.
 */
final class Progress implements AutoCloseable {

  /** Five redraws a second: smooth enough for a person, a few hundred bytes a second. */
  static final long REDRAW_MILLIS = 200;

  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final OptionalLong total;
  private final IntSupplier concurrency;
  private final LongSupplier nanoClock;
  private final boolean enabled;
  private final long startNanos;

  private long done;
  private long failed;
  private int drawnWidth;
  private boolean closed;
  private ScheduledExecutorService timer;

  private Progress(
      PrintWriter err, OptionalLong total, IntSupplier concurrency, LongSupplier nanoClock, boolean enabled) {
    this.err = err;
    this.total = total;
    this.concurrency = concurrency;
    this.nanoClock = nanoClock;
    this.enabled = enabled;
    this.startNanos = nanoClock.getAsLong();
  }

  /**
   * A bar on this terminal, for this many ids if known; nothing is drawn until {@link #start()}
   * or the first outcome.
   *
   * @param concurrency the number of calls the batch allows at this instant, asked at each redraw
   */
  static Progress onTerminal(PrintWriter err, OptionalLong total, IntSupplier concurrency, LongSupplier nanoClock) {
    return new Progress(err, total, concurrency, nanoClock, true);
  }

  /** No bar at all. */
  static Progress none() {
    return new Progress(null, OptionalLong.empty(), () -> 0, () -> 0L, false);
  }

  /** Draws the bar, then redraws it every {@link #REDRAW_MILLIS} on a daemon thread until {@link #close()}. */
  synchronized Progress start() {
    if (enabled && timer == null && !closed) {
      redraw(); // at once, not when the timer's thread first gets to run
      timer =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                Thread thread = new Thread(task, "convai-demo-progress");
                thread.setDaemon(true); // never what keeps the JVM alive
                return thread;
              });
      timer.scheduleAtFixedRate(this::redraw, REDRAW_MILLIS, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
    }
    return this;
  }

  /** Counts one outcome. */
  synchronized void completed(boolean success) {
    done++;
    if (!success) {
      failed++;
    }
  }

  /**
   * Runs {@code write} with the bar removed from the line, then draws the bar again below what it
   * wrote; for anything written to the terminal while the bar is shown (and only that: a bar
   * cleared and redrawn for each record sent to a file would flicker and cost a terminal write per
   * record).
   */
  synchronized void above(Runnable write) {
    clear();
    write.run();
    redraw();
  }

  /** Draws the bar now (what the timer does). */
  synchronized void redraw() {
    if (enabled && !closed) {
      String line = render(nanoClock.getAsLong());
      err.print('\r' + line);
      if (line.length() < drawnWidth) {
        err.print(" ".repeat(drawnWidth - line.length()) + "\r" + line);
      }
      err.flush();
      drawnWidth = line.length();
    }
  }

  /** Stops the timer and removes the bar, leaving the line empty for the report. */
  @Override
  public void close() {
    ScheduledExecutorService stopping;
    synchronized (this) {
      clear();
      closed = true;
      stopping = timer;
    }
    if (stopping != null) {
      stopping.shutdownNow(); // a tick already waiting for the lock finds the bar closed
    }
  }

  private void clear() {
    if (enabled && drawnWidth > 0) {
      err.print('\r' + " ".repeat(drawnWidth) + '\r');
      err.flush();
      drawnWidth = 0;
    }
  }

  /** The bar's text at this instant. */
  synchronized String render(long now) {
    long elapsedNanos = Math.max(0, now - startNanos);
    double seconds = elapsedNanos / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    StringBuilder line = new StringBuilder();
    if (total.isPresent() && total.getAsLong() > 0) {
      long all = total.getAsLong();
      int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * done / all);
      line.append('[')
          .append("#".repeat(filled))
          .append(".".repeat(BAR_WIDTH - filled))
          .append("] ")
          .append(done)
          .append('/')
          .append(all)
          .append(String.format(Locale.ROOT, " %3d%%", 100 * done / all));
    } else {
      line.append(done).append(" analysed");
    }
    line.append(String.format(Locale.ROOT, "  %.1f/s", rate));
    if (total.isPresent() && done < total.getAsLong()) {
      line.append("  ETA ").append(rate > 0 ? duration((long) Math.ceil((total.getAsLong() - done) / rate)) : "?");
    }
    line.append("  ").append(failed).append(" failed");
    line.append("  concurrency ").append(concurrency.getAsInt());
    line.append("  ").append(duration(TimeUnit.NANOSECONDS.toSeconds(elapsedNanos)));
    return line.toString();
  }

  /** {@code 45s}, {@code 3m05s}, {@code 2h07m}. */
  static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
  }
}
