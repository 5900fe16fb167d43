package dev.convai.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The limit algorithm on its own, event by event. */
class AccountLimitTest {

  private static final long LATENCY = 250_000_000L;

  private long now = 1_000_000_000L;

  /** Releases all pending growth, as time passing between completions does. */
  private void releaseGrowth(AccountLimit limit) {
    while (limit.limit() < limit.target()) {
      now += LATENCY;
      limit.limit(now);
    }
  }

  /** Completions at full use and steady latency, each with the growth it allows released. */
  private void completeAtFullUse(AccountLimit limit, int times) {
    for (int i = 0; i < times; i++) {
      limit.completed(LATENCY, limit.limit(), limit.limit());
      releaseGrowth(limit);
    }
  }

  /** A limit whose start-up ended with the account admitting {@code admitted} calls. */
  private AccountLimit foundAt(int admitted, int maximum) {
    AccountLimit limit = new AccountLimit(maximum);
    completeAtFullUse(limit, admitted + 1 - limit.limit());
    limit.concurrencyLimited(admitted);
    assertEquals(admitted, limit.limit());
    return limit;
  }

  @Test
  void startsAtFourOrAtTheMaximumIfLower() {
    assertEquals(4, new AccountLimit(64).limit());
    assertEquals(2, new AccountLimit(2).limit());
    assertThrows(IllegalArgumentException.class, () -> new AccountLimit(0));
  }

  @Test
  void startUpGrowsByOnePerCompletionAtFullUseSoItDoublesEachRoundTrip() {
    AccountLimit limit = new AccountLimit(64);
    completeAtFullUse(limit, 4); // one round trip at 4
    assertEquals(8, limit.limit());
    completeAtFullUse(limit, 8);
    assertEquals(16, limit.limit());
    assertFalse(limit.found());
  }

  @Test
  void neverGrowsAboveTheMaximum() {
    AccountLimit limit = new AccountLimit(10);
    completeAtFullUse(limit, 100);
    assertEquals(10, limit.limit());
  }

  @Test
  void completionsBelowFullUseDoNotGrowIt() {
    AccountLimit limit = new AccountLimit(64);
    for (int i = 0; i < 100; i++) {
      limit.completed(LATENCY, 3, 3); // the source is slow: 3 in flight of 4 allowed
    }
    assertEquals(4, limit.limit());
  }

  @Test
  void aRefusalSetsTheLimitToTheCallsTheAccountAdmitted() {
    AccountLimit limit = new AccountLimit(64);
    completeAtFullUse(limit, 10);
    assertEquals(14, limit.limit());

    limit.concurrencyLimited(11);
    assertEquals(11, limit.limit());
    assertTrue(limit.found());
    // A later refusal that counts more calls in flight does not raise it again.
    limit.concurrencyLimited(13);
    assertEquals(11, limit.limit());
    // Refused with nothing of the batch in flight: the account is busy elsewhere; one call remains.
    limit.concurrencyLimited(0);
    assertEquals(1, limit.limit());
    assertEquals(1, limit.lowest());
    assertEquals(14, limit.highest());
  }

  @Test
  void afterStartUpItProbesOneAboveOncePerInterval() {
    AccountLimit limit = foundAt(6, 64);
    completeAtFullUse(limit, AccountLimit.PROBE_INTERVAL - 1);
    assertEquals(6, limit.limit());
    completeAtFullUse(limit, 1);
    assertEquals(7, limit.limit());

    // The probe is refused: back to what the account admits, and the next probe is one again.
    limit.concurrencyLimited(6);
    assertEquals(6, limit.limit());
    completeAtFullUse(limit, AccountLimit.PROBE_INTERVAL);
    assertEquals(7, limit.limit());
  }

  @Test
  void probesThatHoldDoubleTheirStepSoARaisedLimitIsFoundQuickly() {
    AccountLimit limit = foundAt(3, 64);
    int[] expected = {4, 6, 10, 18, 34};
    for (int value : expected) {
      completeAtFullUse(limit, Math.max(AccountLimit.PROBE_INTERVAL, limit.limit()));
      assertEquals(value, limit.limit());
    }
  }

  @Test
  void theIntervalIsAtLeastTheLimitSoLargeLimitsProbeAboutOncePerRoundTrip() {
    AccountLimit limit = foundAt(50, 64);
    completeAtFullUse(limit, 49);
    assertEquals(50, limit.limit());
    completeAtFullUse(limit, 1);
    assertEquals(51, limit.limit());
  }

  @Test
  void risingLatencyHoldsGrowthAndEndsStartUpUntilTheBaselineFollows() {
    AccountLimit limit = new AccountLimit(64);
    completeAtFullUse(limit, 4);
    assertEquals(8, limit.limit());
    // Calls now wait in a queue somewhere: three times the latency.
    int slow = 0;
    while (!limit.queuing()) {
      slowCompletions(limit, 1);
      slow++;
    }
    assertTrue(slow <= 20, "noticed after " + slow + " slow calls");
    assertTrue(limit.found(), "queuing ends start-up");
    int held = limit.limit();
    slowCompletions(limit, 100);
    assertEquals(held, limit.limit(), "no growth while calls queue");
    // A lasting change: the baseline follows, slowly, and growth resumes by probing.
    int followed = 0;
    while (limit.queuing() && followed < 5_000) {
      slowCompletions(limit, 1);
      followed++;
    }
    assertFalse(limit.queuing(), "the baseline followed within " + followed + " calls");
    slowCompletions(limit, Math.max(AccountLimit.PROBE_INTERVAL, limit.limit()));
    assertEquals(held + 1, limit.limit());
  }

  @Test
  void noisyLatencyAroundASteadyMeanDoesNotHoldGrowth() {
    AccountLimit limit = new AccountLimit(64);
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    int queuing = 0;
    for (int i = 0; i < 5_000; i++) {
      // Analyses of different conversations: log-normal around 250 ms, one in twenty over 500 ms.
      double factor = Math.exp(0.5 * gaussian(random) - 0.125);
      limit.completed((long) (LATENCY * factor), 1, 1);
      if (limit.queuing()) {
        queuing++;
      }
    }
    assertEquals(0, queuing, "samples seen as queuing");
  }

  /** A standard normal number, by Box-Muller, from a seeded generator. */
  private static double gaussian(java.util.SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private void slowCompletions(AccountLimit limit, int times) {
    for (int i = 0; i < times; i++) {
      limit.completed(3 * LATENCY, limit.limit(), limit.limit());
      releaseGrowth(limit);
    }
  }

  @Test
  void failuresOtherThanRefusalsCountAsUseButNotAsLatency() {
    AccountLimit limit = new AccountLimit(64);
    limit.completed(-1, 4, 4);
    assertEquals(5, limit.target());
    assertFalse(limit.queuing());
  }

  @Test
  void growthIsReleasedOneCallAtATimeSpreadOverARoundTrip() {
    AccountLimit limit = new AccountLimit(64);
    completeAtFullUse(limit, 4); // latency known, limit 8
    // A burst of four completions at full use: four more calls allowed, but not all at once.
    for (int i = 0; i < 4; i++) {
      limit.completed(LATENCY, 8, 8);
    }
    assertEquals(12, limit.target());
    long t = now + LATENCY;
    assertEquals(9, limit.limit(t));
    assertEquals(9, limit.limit(t + 1), "the next step waits");
    long spacing = LATENCY / 9;
    assertEquals(t + spacing, limit.nextRelease().orElseThrow(), 1_000);
    assertEquals(10, limit.limit(t + spacing));
    // A refusal cancels what was not released yet, and releases nothing more.
    limit.concurrencyLimited(10);
    assertEquals(10, limit.target());
    assertTrue(limit.nextRelease().isEmpty());
    assertEquals(10, limit.limit(t + 10 * LATENCY));
  }

  @Test
  void startUpGrowthRunsAtMostToDoubleTheReleasedLimit() {
    AccountLimit limit = new AccountLimit(64);
    for (int i = 0; i < 20; i++) {
      limit.completed(LATENCY, 4, 4);
    }
    assertEquals(8, limit.target());
    assertEquals(4, limit.limit());
  }
}
