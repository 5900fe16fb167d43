package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

  private static RetryPolicy policy(double random) {
    return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60), () -> random);
  }

  @Test
  void backoffDoublesUpToTheMaximumWithoutJitter() {
    RetryPolicy p = policy(0.0);
    assertEquals(Duration.ofMillis(500), p.delayBefore(1, Optional.empty()));
    assertEquals(Duration.ofMillis(1000), p.delayBefore(2, Optional.empty()));
    assertEquals(Duration.ofMillis(2000), p.delayBefore(3, Optional.empty()));
    assertEquals(Duration.ofMillis(8000), p.delayBefore(5, Optional.empty()));
    assertEquals(Duration.ofMillis(8000), p.delayBefore(60, Optional.empty()), "no overflow on large retry numbers");
  }

  @Test
  void jitterShortensByAtMostAQuarter() {
    assertEquals(Duration.ofMillis(875), policy(0.5).delayBefore(2, Optional.empty()));
    Duration shortest = policy(0.999_999).delayBefore(2, Optional.empty());
    assertEquals(750, shortest.toMillis(), "a quarter off at most: " + shortest);
  }

  @Test
  void seededGeneratorGivesRepeatableWaitsWithinBounds() {
    SplittableRandom a = new SplittableRandom(42);
    SplittableRandom b = new SplittableRandom(42);
    RetryPolicy pa = new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60), a::nextDouble);
    RetryPolicy pb = new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60), b::nextDouble);
    for (int retry = 1; retry <= 4; retry++) {
      Duration da = pa.delayBefore(retry, Optional.empty());
      assertEquals(da, pb.delayBefore(retry, Optional.empty()));
      long base = Math.min(8000, 500L << (retry - 1));
      assertTrue(da.toMillis() >= base * 3 / 4 && da.toMillis() <= base, retry + ": " + da);
    }
  }

  @Test
  void serverHintReplacesBackoffAndIsCapped() {
    RetryPolicy p = policy(0.3);
    assertEquals(Duration.ofSeconds(3), p.delayBefore(1, Optional.of(Duration.ofSeconds(3))));
    assertEquals(Duration.ZERO, p.delayBefore(2, Optional.of(Duration.ZERO)));
    assertEquals(Duration.ofSeconds(60), p.delayBefore(1, Optional.of(Duration.ofHours(2))));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 409, 429, 500, 502, 503, 504, 599})
  void retryableStatuses(int status) {
    assertTrue(RetryPolicy.retryableStatus(status));
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 301, 400, 401, 403, 404, 410, 418, 422, 600})
  void statusesNotRetried(int status) {
    assertFalse(RetryPolicy.retryableStatus(status));
  }
}
