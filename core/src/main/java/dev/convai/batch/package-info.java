/**
 * Batch re-analysis: runs the analysis of many conversations through a
 * {@link dev.convai.port.ConversationAnalysisPort} at the account's concurrency limit, which it
 * finds and tracks from the API's refusals and from latency; puts calls refused for that limit
 * back in line, retries other rate-limited calls after the server's hint, hands every
 * {@link dev.convai.batch.BatchOutcome} to the caller as it completes and folds it into a
 * {@link dev.convai.batch.BatchReport}. Ids are pulled lazily and only the calls in flight are
 * held, so a batch of millions runs in bounded memory.
 */
package dev.convai.batch;
