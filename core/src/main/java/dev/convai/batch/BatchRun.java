package dev.convai.batch;

import java.util.concurrent.CompletionStage;

/**
 * A batch that has been started by {@link BatchAnalysisService#start}: its eventual report, and a
 * way to stop it early.
 */
public interface BatchRun {

  /**
   * Completes once every id the batch started has had its outcome handed to the sink, with the
   * report of the whole batch. Completes exceptionally only when the batch itself broke: the id
   * source or the sink threw, or the port broke its contract (threw, returned {@code null}, or
   * failed with something other than a {@link dev.convai.port.ConversationAnalysisException}). In
   * that case no new call is made and the calls in flight are still reported to the sink first.
   */
  CompletionStage<BatchReport> completion();

  /**
   * Stops taking ids: no new call starts after this returns, not even a rate-limit retry. Calls in
   * flight finish and are reported; ids waiting for a retry are reported with their last
   * rate-limit failure. The report then says {@link BatchReport#cancelled()}. Idempotent, callable
   * from any thread, including the sink.
   */
  void cancel();

  /** Whether {@link #cancel()} was called. */
  boolean isCancelled();

  /**
   * Where the batch stands now, including the concurrency in use and the current concurrency
   * limit. Callable from any thread, the sink included; in the sink it already counts the outcome
   * being handed over.
   */
  BatchProgress progress();
}
