package dev.convai.batch;

import java.util.OptionalLong;

/**
 * The batch's running estimate of how many calls the account lets it have in flight: the number
 * of calls the batch keeps going at once, never above the configured maximum and never below one.
 *
 * <p>The API refuses a request beyond the account's limit at once, with a 429 that says so, and
 * without a retry hint; the limit is a number of requests in flight, not a rate, so the right
 * answer is to wait for one of one's own calls to finish. The estimate follows TCP's congestion
 * control and the loss- and latency-based limits of Netflix's concurrency-limits, adapted to that
 * signal:
 *
 * <ol>
 *   <li><b>Start-up.</b> The limit starts at {@value #INITIAL} (or the maximum, if lower) and
 *       grows by one for every call that completes while the batch uses its whole limit, so it
 *       doubles every round trip, as in TCP's slow start.
 *   <li><b>A concurrency 429 measures the limit.</b> When one arrives, the batch's other calls
 *       still in flight are the ones the account admitted, so the limit becomes their number
 *       (if that is lower; at least one). Start-up ends; the refused call waits for a free slot.
 *       Unlike a multiplicative decrease, this lands on the account's limit rather than below it.
 *   <li><b>Probing.</b> After {@code max(}{@value #PROBE_INTERVAL}{@code , limit)} calls complete
 *       at full use without a concurrency 429, the limit grows by a step, so a limit raised
 *       mid-batch is found. The step is one, and doubles (up to the limit itself) after each probe
 *       that held: no refusal came, and calls did not slow down by more than
 *       {@value #PROBE_SLOWDOWN} times. A refusal or a slow-down sets it back to one. A probe that
 *       finds the limit unchanged costs one refused request, so probes cost at most one request
 *       in {@value #PROBE_INTERVAL} + 1; a run of probes that overshoots a raised limit costs at
 *       most as many refusals as its last step.
 *   <li><b>Latency holds growth.</b> Growth pauses while the recent latency of successful calls
 *       (a moving average over about forty) exceeds {@value #LATENCY_TOLERANCE} times the
 *       baseline, the lowest recent latency seen: calls are queuing somewhere (the adapter's
 *       connection pool, a queue at the server) and more of them in flight would only wait
 *       longer. Seen during start-up, it ends start-up, as delay does in TCP's HyStart: growth
 *       goes on only by probing, and the limit falls back to the most calls in flight at the
 *       start of a call that was still fast. A baseline that only fell would hold growth for good
 *       after a lasting change in latency, so it rises by 0.02 % a sample: it follows such a
 *       change within some thousands of calls, yet too slowly for a queue to drag it along. The
 *       tolerance is wide because analyses take different times for different conversations.
 *   <li><b>Growth is paced.</b> A call allowed by growth is released one at a time, spread over a
 *       round trip (the recent latency divided by the limit), as TCP paces its sending. Calls that
 *       complete together would otherwise release a burst of new ones before the first refusal
 *       could come back, and most of the burst would be refused. A refusal cancels the growth
 *       not yet released; lowering the limit is never paced.
 *   <li><b>Only full use grows it.</b> A call that completes while fewer calls than the limit are
 *       in flight (the id source is slow, the batch is ending) leaves the limit as it is.
 * </ol>
 *
 * <p>Not thread-safe: the batch calls it from its serial executor only.
 */
final class AccountLimit {

  /** The limit before anything is known: low enough that an account of two loses little to it. */
  static final int INITIAL = 4;

  /** The fewest completions between two probes. */
  static final int PROBE_INTERVAL = 32;

  /** How much calls may slow down after a probe for the next probe to take a larger step. */
  static final double PROBE_SLOWDOWN = 1.1;

  /** How far the recent latency may rise above the long-run latency before growth pauses. */
  static final double LATENCY_TOLERANCE = 2.0;

  /** Weight of a new sample in the recent average: about the last forty successes. */
  private static final double RECENT_WEIGHT = 0.05;

  /** How much the baseline rises with each sample, so that it can follow a lasting change. */
  private static final double BASELINE_DRIFT = 1.0002;

  private final int maximum;
  /** Calls the batch may have in flight now. */
  private int limit;
  /** Where growth is heading; the limit follows one paced step at a time. */
  private int target;
  private long nextReleaseNanos;
  private boolean releasedOnce;
  private boolean startingUp = true;
  private int completionsSinceChange;
  private int probeStep = 1;
  private double latencyAtLastProbe = Double.NaN;
  private double recentLatency = Double.NaN;
  private double baselineLatency = Double.NaN;
  /** The most calls in flight at the start of a call that was still fast, during start-up. */
  private int fastConcurrency;
  private int lowest;
  private int highest;

  AccountLimit(int maximum) {
    if (maximum < 1) {
      throw new IllegalArgumentException("maximum must be at least 1, was " + maximum);
    }
    this.maximum = maximum;
    this.limit = Math.min(INITIAL, maximum);
    this.target = limit;
    this.lowest = limit;
    this.highest = limit;
  }

  /** How many calls the batch may have in flight, as of the last {@link #limit(long)}. */
  int limit() {
    return limit;
  }

  /**
   * How many calls the batch may have in flight at {@code nowNanos}: growth decided earlier is
   * released one call at a time, spread over a round trip (the recent latency divided by the
   * limit), so that a refusal can stop it before a whole burst of calls has been refused.
   */
  int limit(long nowNanos) {
    if (limit < target && (!releasedOnce || nowNanos - nextReleaseNanos >= 0)) {
      set(limit + 1);
      releasedOnce = true;
      nextReleaseNanos = nowNanos + spacingNanos();
    }
    return limit;
  }

  /** When the next paced step of growth is due, if growth is pending. */
  OptionalLong nextRelease() {
    return limit < target && releasedOnce ? OptionalLong.of(nextReleaseNanos) : OptionalLong.empty();
  }

  /** Where the limit is heading. */
  int target() {
    return target;
  }

  int lowest() {
    return lowest;
  }

  int highest() {
    return highest;
  }

  /** Whether start-up is over: a concurrency 429 has been seen, or calls queuing. */
  boolean found() {
    return !startingUp;
  }

  /**
   * A call completed without being rate limited.
   *
   * @param latencyNanos how long a successful call took, or a negative number for a call that
   *     failed otherwise (its latency says nothing about the account)
   * @param inFlight the batch's calls in flight when it completed, itself included
   * @param inFlightAtStart the batch's calls in flight when it started, itself included
   */
  void completed(long latencyNanos, int inFlight, int inFlightAtStart) {
    if (latencyNanos >= 0) {
      sample(latencyNanos, inFlightAtStart);
    }
    if (queuing()) {
      if (startingUp) {
        // Start-up overshoots by the calls started while the first slow answers were on their
        // way: fall back to the most calls in flight that still got fast answers.
        startingUp = false;
        if (fastConcurrency > 0 && fastConcurrency < limit) {
          set(fastConcurrency);
        }
        target = limit;
      }
      return;
    }
    if (inFlight < limit || target >= maximum) {
      return;
    }
    if (startingUp) {
      // Growth may run ahead of the paced limit, but not beyond doubling it.
      target = Math.min(Math.min(maximum, target + 1), 2 * limit);
      return;
    }
    completionsSinceChange++;
    if (completionsSinceChange >= Math.max(PROBE_INTERVAL, limit)) {
      completionsSinceChange = 0;
      if (recentLatency > PROBE_SLOWDOWN * latencyAtLastProbe) {
        probeStep = 1; // the last probe found a queue, not room
      }
      latencyAtLastProbe = recentLatency;
      target = Math.min(maximum, limit + probeStep);
      probeStep = Math.min(probeStep * 2, target);
    }
  }

  /**
   * A call was refused because the account's concurrency limit was reached.
   *
   * @param othersInFlight the batch's other calls in flight when the refusal arrived
   */
  void concurrencyLimited(int othersInFlight) {
    int admitted = Math.max(1, othersInFlight);
    if (admitted < limit) {
      set(admitted);
    }
    target = limit;
    startingUp = false;
    completionsSinceChange = 0;
    probeStep = 1;
    latencyAtLastProbe = Double.NaN;
  }

  private long spacingNanos() {
    return Double.isNaN(recentLatency) ? 0 : (long) (recentLatency / limit);
  }

  /** Whether recent calls take clearly longer than usual: they are waiting in a queue somewhere. */
  boolean queuing() {
    return recentLatency > LATENCY_TOLERANCE * baselineLatency;
  }

  private void sample(long latencyNanos, int inFlightAtStart) {
    double value = latencyNanos;
    if (startingUp && !(value > LATENCY_TOLERANCE * baselineLatency)) {
      fastConcurrency = Math.max(fastConcurrency, inFlightAtStart);
    }
    if (Double.isNaN(recentLatency)) {
      recentLatency = value;
      baselineLatency = value;
      return;
    }
    recentLatency += RECENT_WEIGHT * (value - recentLatency);
    baselineLatency = Math.min(baselineLatency * BASELINE_DRIFT, recentLatency);
  }

  private void set(int value) {
    limit = Math.max(1, Math.min(maximum, value));
    lowest = Math.min(lowest, limit);
    highest = Math.max(highest, limit);
  }

  @Override
  public String toString() {
    return "AccountLimit[limit=" + limit + ", target=" + target + ", maximum=" + maximum + (startingUp ? ", starting up" : "") + "]";
  }
}
