package dev.convai.batch;

/**
 * How much concurrency a batch used and what it learnt about the account's limit.
 *
 * @param adaptive whether the batch adapted its concurrency to the account's limit
 * @param maxConcurrency the configured concurrency: the upper bound when adaptive
 * @param finalLimit the concurrency limit when the batch ended
 * @param lowestLimit the lowest limit the batch used
 * @param highestLimit the highest limit the batch used
 * @param averageInFlight calls in flight on average over the batch's elapsed time
 * @param requests calls the batch made to the port, repeated calls included (an adapter's own
 *     retries within one call are not counted)
 * @param concurrencyRejections calls refused because the account's concurrency limit was reached
 */
public record ConcurrencySummary(
    boolean adaptive,
    int maxConcurrency,
    int finalLimit,
    int lowestLimit,
    int highestLimit,
    double averageInFlight,
    long requests,
    long concurrencyRejections) {

  /** The share of requests refused for the concurrency limit, from 0 to 1; 0 without requests. */
  public double rejectedShare() {
    return requests == 0 ? 0 : (double) concurrencyRejections / requests;
  }
}
