package dev.convai.demo;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar with rate and ETA, redrawn in place on standard error. Only drawn when
 * standard error is a terminal: in a pipe or a log file, carriage returns are noise.
 *
 * <p>Called only from the batch's sink, one call at a time, so it keeps no locks.
 */
final class Progress {

  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final OptionalLong total;
  private final LongSupplier nanoClock;
  private final boolean enabled;
  private final long startNanos;

  private long done;
  private long failed;
  private int inFlight = -1;
  private int concurrencyLimit;
  private long lastDrawNanos;
  private int drawnWidth;

  private Progress(PrintWriter err, OptionalLong total, LongSupplier nanoClock, boolean enabled) {
    this.err = err;
    this.total = total;
    this.nanoClock = nanoClock;
    this.enabled = enabled;
    this.startNanos = nanoClock.getAsLong();
    this.lastDrawNanos = startNanos - REDRAW_NANOS;
  }

  /** A bar on this terminal, for this many ids if known. */
  static Progress onTerminal(PrintWriter err, OptionalLong total, LongSupplier nanoClock) {
    return new Progress(err, total, nanoClock, true);
  }

  /** No bar at all. */
  static Progress none() {
    return new Progress(null, OptionalLong.empty(), () -> 0L, false);
  }

  /** Counts one outcome and redraws, at most ten times a second. */
  void completed(boolean success) {
    done++;
    if (!success) {
      failed++;
    }
    if (!enabled) {
      return;
    }
    long now = nanoClock.getAsLong();
    if (now - lastDrawNanos >= REDRAW_NANOS || total.isPresent() && done == total.getAsLong()) {
      draw(now);
    }
  }

  /** Counts one outcome, noting the calls in flight and the batch's concurrency limit, and redraws. */
  void completed(boolean success, int inFlight, int concurrencyLimit) {
    this.inFlight = inFlight;
    this.concurrencyLimit = concurrencyLimit;
    completed(success);
  }

  /** Removes the bar, so another line can be written; {@link #redraw()} puts it back. */
  void clear() {
    if (enabled && drawnWidth > 0) {
      err.print('\r' + " ".repeat(drawnWidth) + '\r');
      err.flush();
      drawnWidth = 0;
    }
  }

  /** Draws the bar again after a {@link #clear()}. */
  void redraw() {
    if (enabled) {
      draw(nanoClock.getAsLong());
    }
  }

  private void draw(long now) {
    String line = render(now);
    err.print('\r' + line);
    if (line.length() < drawnWidth) {
      err.print(" ".repeat(drawnWidth - line.length()));
    }
    err.flush();
    drawnWidth = Math.max(drawnWidth, line.length());
    lastDrawNanos = now;
  }

  /** The bar's text at this instant. */
  String render(long now) {
    double seconds = (now - startNanos) / 1e9;
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
    if (inFlight >= 0) {
      line.append("  ").append(inFlight).append(" at once (limit ").append(concurrencyLimit).append(')');
    }
    if (total.isPresent() && rate > 0 && done < total.getAsLong()) {
      line.append("  ETA ").append(duration((long) Math.ceil((total.getAsLong() - done) / rate)));
    }
    if (failed > 0) {
      line.append("  (").append(failed).append(" failed)");
    }
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
