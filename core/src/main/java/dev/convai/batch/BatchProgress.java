package dev.convai.batch;

/**
 * Where a running batch stands, at one instant: for progress bars and monitoring. Taken by
 * {@link BatchRun#progress()}, from any thread.
 *
 * @param requested ids the batch has started so far
 * @param succeeded ids whose analysis ran
 * @param failed ids that failed
 * @param inFlight calls of the batch in flight now: the concurrency in use
 * @param waiting started ids waiting for a free slot or for a rate-limit retry
 * @param concurrencyLimit how many calls the batch lets itself have in flight now: its estimate of
 *     the account's limit when adaptive, otherwise the configured concurrency
 * @param maxConcurrency the configured concurrency, the upper bound of {@code concurrencyLimit}
 * @param concurrencyRejections calls the account refused so far because its concurrency limit
 *     was reached
 */
public record BatchProgress(
    long requested,
    long succeeded,
    long failed,
    int inFlight,
    int waiting,
    int concurrencyLimit,
    int maxConcurrency,
    long concurrencyRejections) {

  /** Ids with an outcome so far. */
  public long completed() {
    return succeeded + failed;
  }
}
