package dev.convai.adapter.http;

import io.vertx.core.Context;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The future of a call, and of every stage derived from it: a {@link CompletableFuture} that
 * refuses to block a Vert.x event loop. The response that would complete it needs an event loop,
 * so waiting on one would hang for ever (or until a deadline that itself needs the loop); failing
 * at once with a clear message is the only useful answer.
 */
final class CallFuture<T> extends CompletableFuture<T> {

  @Override
  public T join() {
    refuseOnEventLoop("join()");
    return super.join();
  }

  @Override
  public T get() throws InterruptedException, ExecutionException {
    refuseOnEventLoop("get()");
    return super.get();
  }

  @Override
  public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
    refuseOnEventLoop("get(timeout)");
    return super.get(timeout, unit);
  }

  /** Stages derived with {@code thenApply} and the like refuse too. */
  @Override
  public <U> CompletableFuture<U> newIncompleteFuture() {
    return new CallFuture<>();
  }

  private void refuseOnEventLoop(String method) {
    if (!isDone() && Context.isOnEventLoopThread()) {
      throw new IllegalStateException(
          method
              + " on a Vert.x event loop thread ("
              + Thread.currentThread().getName()
              + ") would block the thread the call needs to finish; compose the stage instead"
              + " (thenApply, thenCompose), or wait from a thread that is not an event loop");
    }
  }
}
