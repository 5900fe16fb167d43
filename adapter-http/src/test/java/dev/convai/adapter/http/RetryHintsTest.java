package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryHintsTest {

  /** 2025-06-05T12:00:00Z. */
  private static final Instant NOW = Instant.ofEpochSecond(1_749_124_800L);

  private static Function<String, String> headers(Map<String, String> values) {
    TreeMap<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    map.putAll(values);
    return map::get;
  }

  private static Optional<Duration> hint(Map<String, String> values) {
    return RetryHints.fromHeaders(headers(values), NOW);
  }

  @Test
  void retryAfterDeltaSeconds() {
    assertEquals(Optional.of(Duration.ofSeconds(7)), hint(Map.of("Retry-After", "7")));
    assertEquals(Optional.of(Duration.ZERO), hint(Map.of("retry-after", " 0 ")));
    assertEquals(Optional.of(Duration.ofMillis(1500)), hint(Map.of("Retry-After", "1.5")));
  }

  @Test
  void retryAfterHttpDate() {
    assertEquals(Optional.of(Duration.ofSeconds(30)), hint(Map.of("Retry-After", "Thu, 05 Jun 2025 12:00:30 GMT")));
  }

  @Test
  void retryAfterDateInThePastMeansNow() {
    assertEquals(Optional.of(Duration.ZERO), hint(Map.of("Retry-After", "Thu, 05 Jun 2025 11:00:00 GMT")));
  }

  @Test
  void retryAfterMsWinsOverRetryAfter() {
    assertEquals(Optional.of(Duration.ofMillis(250)), hint(Map.of("Retry-After-Ms", "250", "Retry-After", "9")));
    assertEquals(Optional.of(Duration.ofNanos(12_500_000)), hint(Map.of("retry-after-ms", "12.5")));
  }

  @Test
  void rateLimitResetAsEpochSeconds() {
    assertEquals(Optional.of(Duration.ofSeconds(42)), hint(Map.of("X-RateLimit-Reset", Long.toString(NOW.getEpochSecond() + 42))));
    assertEquals(Optional.of(Duration.ZERO), hint(Map.of("X-RateLimit-Reset", Long.toString(NOW.getEpochSecond() - 5))));
  }

  @Test
  void rateLimitResetAsDeltaSeconds() {
    assertEquals(Optional.of(Duration.ofSeconds(12)), hint(Map.of("X-RateLimit-Reset", "12")));
    assertEquals(
        Optional.of(Duration.ofSeconds(RetryHints.EPOCH_THRESHOLD_SECONDS - 1)),
        hint(Map.of("X-RateLimit-Reset", Long.toString(RetryHints.EPOCH_THRESHOLD_SECONDS - 1))),
        "just under the threshold is still a delay");
  }

  @Test
  void retryAfterWinsOverRateLimitReset() {
    assertEquals(Optional.of(Duration.ofSeconds(3)), hint(Map.of("Retry-After", "3", "X-RateLimit-Reset", "100")));
  }

  @Test
  void unparsableHeaderFallsThroughToTheNext() {
    assertEquals(Optional.of(Duration.ofSeconds(4)), hint(Map.of("Retry-After-Ms", "soon", "Retry-After", "4")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-1", "NaN", "Infinity", "1e3", "0x10", "tomorrow", "Thu, 32 Jun 2025 12:00:00 GMT", "5 s"})
  void nonsenseIsIgnored(String value) {
    assertEquals(Optional.empty(), hint(Map.of("Retry-After", value)));
    assertEquals(Optional.empty(), hint(Map.of("Retry-After-Ms", value)));
    assertEquals(Optional.empty(), hint(Map.of("X-RateLimit-Reset", value)));
  }

  @Test
  void noHeadersNoHint() {
    assertEquals(Optional.empty(), hint(Map.of()));
  }

  @Test
  void absurdlyLargeValuesDoNotOverflow() {
    Duration d = hint(Map.of("Retry-After", "99999999999999999999999")).orElseThrow();
    assertEquals(Duration.ofSeconds(1_000_000_000L), d);
  }
}
