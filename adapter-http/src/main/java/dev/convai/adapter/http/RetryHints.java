package dev.convai.adapter.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads how long the server asked us to wait from a response's headers.
 *
 * <p>Headers are read in this order and the first one that parses wins:
 *
 * <ol>
 *   <li>{@code Retry-After-Ms}: milliseconds, decimals allowed (the most precise hint);
 *   <li>{@code Retry-After}: delta-seconds or an HTTP-date (RFC 9110 section 10.2.3);
 *   <li>{@code X-RateLimit-Reset}: not standardised; APIs send either epoch seconds or seconds
 *       from now. A value of at least {@value #EPOCH_THRESHOLD_SECONDS} (September 2001 as an
 *       epoch time, 31 years as a delay) is read as epoch seconds, anything smaller as seconds
 *       from now.
 * </ol>
 *
 * <p>A time in the past gives zero. Negative, non-finite or unparsable values are ignored. The
 * result is the server's hint as sent; the caller applies its cap.
 */
final class RetryHints {

  static final long EPOCH_THRESHOLD_SECONDS = 1_000_000_000L;

  /** Longer than anyone would wait; keeps {@link Duration} arithmetic far from overflow. */
  private static final double MAX_SECONDS = 1e9;

  private RetryHints() {}

  /**
   * The server's hint, if any.
   *
   * @param header looks up a response header by name (case-insensitive), {@code null} if absent
   * @param now the current time, for HTTP-dates and epoch resets
   */
  static Optional<Duration> fromHeaders(Function<String, String> header, Instant now) {
    Optional<Duration> hint = retryAfterMs(header.apply("Retry-After-Ms"));
    if (hint.isEmpty()) {
      hint = retryAfter(header.apply("Retry-After"), now);
    }
    if (hint.isEmpty()) {
      hint = rateLimitReset(header.apply("X-RateLimit-Reset"), now);
    }
    return hint;
  }

  static Optional<Duration> retryAfterMs(String value) {
    return number(value).map(ms -> seconds(ms / 1000.0));
  }

  static Optional<Duration> retryAfter(String value, Instant now) {
    if (value == null) {
      return Optional.empty();
    }
    Optional<Double> delta = number(value);
    if (delta.isPresent()) {
      return Optional.of(seconds(delta.get()));
    }
    try {
      Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Optional.of(until(now, at));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static Optional<Duration> rateLimitReset(String value, Instant now) {
    return number(value)
        .map(
            v -> {
              if (v >= EPOCH_THRESHOLD_SECONDS) {
                double nowSeconds = now.getEpochSecond() + now.getNano() / 1e9;
                return seconds(Math.max(0.0, v - nowSeconds));
              }
              return seconds(v);
            });
  }

  /** A non-negative finite decimal number, or empty. */
  private static Optional<Double> number(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim();
    // Only plain decimals: Double.parseDouble would also take "NaN", "1e3", "0x1p3" and "1d".
    if (v.isEmpty() || !v.matches("\\d+(\\.\\d+)?")) {
      return Optional.empty();
    }
    double d = Double.parseDouble(v);
    return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
  }

  private static Duration seconds(double seconds) {
    double s = Math.min(seconds, MAX_SECONDS);
    long whole = (long) s;
    long nanos = Math.round((s - whole) * 1e9);
    return Duration.ofSeconds(whole).plusNanos(nanos);
  }

  private static Duration until(Instant now, Instant at) {
    Duration d = Duration.between(now, at);
    if (d.isNegative()) {
      return Duration.ZERO;
    }
    return d.getSeconds() > MAX_SECONDS ? Duration.ofSeconds((long) MAX_SECONDS) : d;
  }
}
