package dev.convai.batch;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs tasks one at a time, in submission order, on a delegate that may have many threads. All the
 * mutable state of a batch lives behind one of these, so it needs no locks, and port callbacks
 * (which may arrive on an adapter's event loop) only enqueue and return.
 */
final class SerialExecutor implements Executor {

  private final Executor delegate;
  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();

  SerialExecutor(Executor delegate) {
    this.delegate = delegate;
  }

  @Override
  public void execute(Runnable task) {
    tasks.add(task);
    scheduleDrain();
  }

  private void scheduleDrain() {
    if (scheduled.compareAndSet(false, true)) {
      try {
        delegate.execute(this::drain);
      } catch (RuntimeException rejected) {
        scheduled.set(false);
        throw rejected;
      }
    }
  }

  private void drain() {
    try {
      Runnable task;
      while ((task = tasks.poll()) != null) {
        task.run();
      }
    } finally {
      scheduled.set(false);
      // A task enqueued between the last poll and the reset above would otherwise wait forever.
      if (!tasks.isEmpty()) {
        scheduleDrain();
      }
    }
  }
}
