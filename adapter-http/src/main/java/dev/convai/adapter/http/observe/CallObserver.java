package dev.convai.adapter.http.observe;

/**
 * Receives the events of one call, in order: any number of ({@code attemptStarted},
 * {@code attemptFinished}, then {@code retryScheduled} if another attempt follows) and exactly one
 * {@code callFinished}. A cancelled call may end without its last attempt's
 * {@code attemptFinished}.
 *
 * <p>Methods are called on the adapter's threads, one at a time for a call, and must return
 * quickly without blocking. An exception thrown by an observer is logged and otherwise ignored: it
 * never changes the call's outcome. Every method does nothing by default.
 */
public interface CallObserver {

  /** An observer that ignores every event. */
  CallObserver NONE = new CallObserver() {};

  /**
   * A request is about to be sent.
   *
   * @param attempt the attempt's number, from 1
   */
  default void attemptStarted(int attempt) {}

  /** A request has ended, with a response or without one. */
  default void attemptFinished(AttemptFinished attempt) {}

  /** The last attempt failed and another will follow after a wait. */
  default void retryScheduled(RetryScheduled retry) {}

  /** The call has ended; no event follows. */
  default void callFinished(CallFinished call) {}
}
