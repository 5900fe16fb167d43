/**
 * Micrometer metrics for the HTTP adapter. {@link
 * dev.convai.observe.micrometer.MicrometerCallListener} is an {@link
 * dev.convai.adapter.http.observe.HttpCallListener} that records, in the {@code MeterRegistry} the
 * application gives it, a timer per call and per attempt, counters of retries and of failed calls
 * by failure kind, and a gauge of the calls in flight. Every tag has a small, fixed set of values
 * (operation, region, outcome, status class, failure kind): never a conversation id or the key.
 */
package dev.convai.observe.micrometer;
