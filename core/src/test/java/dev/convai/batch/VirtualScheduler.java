package dev.convai.batch;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A scheduler on a virtual clock, run by the test on its own thread: tasks wait until the test
 * {@linkplain #runReady() runs them}, and timers until it {@linkplain #advanceTo moves the clock}
 * to them. With it the batch's waits and paced growth take no real time, and a run is the same
 * event by event on every machine. Only what the batch uses is supported.
 */
final class VirtualScheduler implements ScheduledExecutorService {

  private final AtomicLong clock = new AtomicLong(1_000_000_000L);
  private final Deque<Runnable> ready = new ArrayDeque<>();
  private final PriorityQueue<Timer> timers =
      new PriorityQueue<>(Comparator.comparingLong((Timer t) -> t.dueNanos).thenComparingLong(t -> t.sequence));
  private long sequence;

  /** The clock, for the batch and the simulated account. */
  LongSupplier clock() {
    return clock::get;
  }

  long now() {
    return clock.get();
  }

  /** Runs every task that is ready, including those the tasks submit. */
  void runReady() {
    Runnable task;
    while ((task = ready.pollFirst()) != null) {
      task.run();
    }
  }

  /** When the next timer is due, if one is pending. */
  OptionalLong nextTimer() {
    timers.removeIf(timer -> timer.cancelled);
    return timers.isEmpty() ? OptionalLong.empty() : OptionalLong.of(timers.peek().dueNanos);
  }

  /** Moves the clock to {@code nanos} (never back) and makes the timers due by then ready. */
  void advanceTo(long nanos) {
    clock.accumulateAndGet(nanos, Math::max);
    while (!timers.isEmpty() && timers.peek().dueNanos - clock.get() <= 0) {
      Timer timer = timers.poll();
      if (!timer.cancelled) {
        timer.done = true;
        ready.addLast(timer.task);
      }
    }
  }

  @Override
  public void execute(Runnable command) {
    ready.addLast(command);
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    Timer timer = new Timer(command, clock.get() + Math.max(0, unit.toNanos(delay)), sequence++);
    timers.add(timer);
    return timer;
  }

  private final class Timer implements ScheduledFuture<Object> {
    final Runnable task;
    final long dueNanos;
    final long sequence;
    boolean cancelled;
    boolean done;

    Timer(Runnable task, long dueNanos, long sequence) {
      this.task = task;
      this.dueNanos = dueNanos;
      this.sequence = sequence;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(dueNanos - clock.get(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      if (done) {
        return false;
      }
      cancelled = true;
      return true;
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }

    @Override
    public boolean isDone() {
      return done || cancelled;
    }

    @Override
    public Object get() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object get(long timeout, TimeUnit unit) {
      throw new UnsupportedOperationException();
    }
  }

  // What the batch never calls.

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void shutdown() {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<Runnable> shutdownNow() {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean isShutdown() {
    return false;
  }

  @Override
  public boolean isTerminated() {
    return false;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T> Future<T> submit(Callable<T> task) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T> Future<T> submit(Runnable task, T result) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Future<?> submit(Runnable task) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit) {
    throw new UnsupportedOperationException();
  }
}
