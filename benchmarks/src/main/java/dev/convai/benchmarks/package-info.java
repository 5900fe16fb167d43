/**
 * Evidence of speed: JMH benchmarks of the JSON codec on seeded payloads of three sizes, the load
 * run of the HTTP adapter against a local server, and the account-limit run of the batch against
 * a local server that refuses requests beyond a concurrency limit. Built with the reactor so it
 * always compiles; run by hand, never in CI. {@code BENCHMARKS.md} at the repository root has the
 * commands and the numbers.
 */
package dev.convai.benchmarks;
