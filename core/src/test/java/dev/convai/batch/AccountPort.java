package dev.convai.batch;

import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;

/**
 * An account with a concurrency limit, as the API enforces it, on a virtual clock: a call beyond
 * the limit is refused at once with a concurrency 429 and no retry hint; an admitted call takes
 * {@code latency} on {@code workers} parallel workers (unlimited unless set, so the latency stays
 * constant; with fewer workers than calls, the rest queue and their latency grows). The test moves
 * the clock to {@link #nextDue()} and {@linkplain #completeNext() completes} the call due then, so
 * every run is the same event by event. Lowering the limit does not end calls already admitted,
 * as on the real service.
 */
final class AccountPort implements AnalysisOnlyPort {

  private record Admitted(ConversationId id, long dueNanos, long sequence, CompletableFuture<Conversation> future) {}

  private final LongSupplier clock;
  private final long latencyNanos;
  private final PriorityQueue<Admitted> admitted =
      new PriorityQueue<>(Comparator.comparingLong(Admitted::dueNanos).thenComparingLong(Admitted::sequence));
  private final PriorityQueue<Long> busyWorkersUntil = new PriorityQueue<>();
  private final Map<ConversationId, Integer> refusalsById = new HashMap<>();
  private int limit;
  private int workers = Integer.MAX_VALUE;
  private long sequence;
  private long requests;
  private long refusals;
  private long completed;
  private long firstFullNanos = -1;
  private long completedWhenFirstFull;
  private AnalysisOptions lastOptions;
  private Set<ConversationId> unlucky = Set.of();
  private int unluckyRefusals;

  AccountPort(LongSupplier clock, int limit, long latencyNanos) {
    this.clock = clock;
    this.limit = limit;
    this.latencyNanos = latencyNanos;
  }

  @Override
  public synchronized CompletionStage<Conversation> runAnalysis(ConversationId id, AnalysisOptions options) {
    requests++;
    lastOptions = options;
    boolean unluckyCall = unlucky.contains(id) && refusalsById.getOrDefault(id, 0) < unluckyRefusals;
    if (admitted.size() >= limit || unluckyCall) {
      refusals++;
      refusalsById.merge(id, 1, Integer::sum);
      return CompletableFuture.failedFuture(Failures.concurrencyLimited(id, null));
    }
    long now = clock.getAsLong();
    long start = now;
    if (busyWorkersUntil.size() >= workers) {
      start = Math.max(now, busyWorkersUntil.poll());
    }
    long due = start + latencyNanos;
    busyWorkersUntil.add(due);
    CompletableFuture<Conversation> future = new CompletableFuture<>();
    admitted.add(new Admitted(id, due, sequence++, future));
    if (firstFullNanos < 0 && admitted.size() >= limit) {
      firstFullNanos = now;
      completedWhenFirstFull = completed;
    }
    return future;
  }

  /** When the next admitted call is due, if one is in flight. */
  synchronized OptionalLong nextDue() {
    Admitted next = admitted.peek();
    return next == null ? OptionalLong.empty() : OptionalLong.of(next.dueNanos());
  }

  /** Lets the call that is due first succeed; the test has moved the clock to it. */
  void completeNext() {
    Admitted call;
    synchronized (this) {
      call = admitted.remove();
      completed++;
    }
    call.future().complete(TestConversations.of(call.id()));
  }

  /**
   * Refuses the first {@code times} calls of each of these ids whatever is in flight, as a busy
   * account shared with other clients does to calls that keep arriving when it is full.
   */
  synchronized void refuseFirstCalls(Set<ConversationId> ids, int times) {
    this.unlucky = Set.copyOf(ids);
    this.unluckyRefusals = times;
  }

  synchronized void limit(int limit) {
    this.limit = limit;
  }

  /** Admits any number of calls but runs only this many at once; the rest queue. */
  synchronized void workers(int workers) {
    this.workers = workers;
  }

  synchronized int inFlight() {
    return admitted.size();
  }

  synchronized long requests() {
    return requests;
  }

  synchronized long refusals() {
    return refusals;
  }

  synchronized long completed() {
    return completed;
  }

  /** When the account first had {@code limit} calls in flight: the end of the batch's start-up. */
  synchronized long firstFullNanos() {
    return firstFullNanos;
  }

  synchronized long completedWhenFirstFull() {
    return completedWhenFirstFull;
  }

  synchronized int mostRefusalsOfOneId() {
    return refusalsById.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  synchronized AnalysisOptions lastOptions() {
    return lastOptions;
  }
}
