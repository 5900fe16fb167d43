package dev.convai.benchmarks.generated;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A closed loop: keeps {@code concurrency} calls in flight until {@code calls} have finished,
 * recording each call's latency. JDK only, and the same code as the project's own client-cost
 * run, so both sides are timed alike.
 */
final class Runner {

  /** What a run measured. */
  record Result(double callsPerSecond, double p50Ms, double p99Ms, int failed, Optional<String> firstFailure) {}

  private Runner() {}

  static Result run(Supplier<CompletionStage<?>> call, int calls, int concurrency) throws Exception {
    long[] latencies = new long[calls];
    AtomicInteger started = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicReference<String> firstFailure = new AtomicReference<>();
    CompletableFuture<Void> done = new CompletableFuture<>();
    long begin = System.nanoTime();
    for (int i = 0; i < Math.min(concurrency, calls); i++) {
      next(call, calls, latencies, started, finished, failed, firstFailure, done);
    }
    done.get(10, TimeUnit.MINUTES);
    long elapsed = System.nanoTime() - begin;
    Arrays.sort(latencies);
    return new Result(
        calls / (elapsed / 1e9),
        latencies[(int) (calls * 0.50)] / 1e6,
        latencies[Math.min(calls - 1, (int) Math.ceil(calls * 0.99) - 1)] / 1e6,
        failed.get(),
        Optional.ofNullable(firstFailure.get()));
  }

  private static void next(
      Supplier<CompletionStage<?>> call, int calls, long[] latencies, AtomicInteger started,
      AtomicInteger finished, AtomicInteger failed, AtomicReference<String> firstFailure,
      CompletableFuture<Void> done) {
    int index = started.getAndIncrement();
    if (index >= calls) {
      return;
    }
    long start = System.nanoTime();
    CompletionStage<?> stage;
    try {
      stage = call.get();
    } catch (RuntimeException e) {
      stage = CompletableFuture.failedFuture(e);
    }
    stage.whenComplete((value, error) -> {
      latencies[index] = System.nanoTime() - start;
      if (error != null) {
        failed.incrementAndGet();
        firstFailure.compareAndSet(null, describe(error));
      }
      if (finished.incrementAndGet() == calls) {
        done.complete(null);
      } else {
        next(call, calls, latencies, started, finished, failed, firstFailure, done);
      }
    });
  }

  private static String describe(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage());
    return root.getClass().getSimpleName() + ": " + message.substring(0, Math.min(160, message.length()));
  }
}
