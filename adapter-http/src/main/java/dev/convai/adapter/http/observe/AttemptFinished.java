package dev.convai.adapter.http.observe;

import dev.convai.port.FailureKind;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One request of a call has ended: with a response (any status), or without one.
 *
 * @param attempt the attempt's number, from 1
 * @param status the response's HTTP status, absent when no response arrived
 * @param elapsed from sending the request to its outcome (the whole body received, or the failure)
 * @param failure how this attempt failed, absent for a success; an attempt that failed may still
 *     be retried (see {@link CallObserver#retryScheduled})
 */
public record AttemptFinished(int attempt, OptionalInt status, Duration elapsed, Optional<FailureKind> failure) {

  public AttemptFinished {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(failure, "failure");
  }
}
