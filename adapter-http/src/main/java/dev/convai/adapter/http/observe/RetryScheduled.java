package dev.convai.adapter.http.observe;

import dev.convai.port.FailureKind;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A failed attempt will be retried after a wait.
 *
 * @param nextAttempt the number of the attempt that will follow the wait
 * @param delay how long the adapter waits before it
 * @param reason the failure of the attempt that is retried
 * @param status that attempt's HTTP status, absent when it got no response
 * @param serverHinted whether the wait came from the server ({@code Retry-After} and the like)
 *     rather than from the adapter's backoff
 */
public record RetryScheduled(
    int nextAttempt, Duration delay, FailureKind reason, OptionalInt status, boolean serverHinted) {

  public RetryScheduled {
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(status, "status");
  }
}
