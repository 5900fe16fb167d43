package dev.convai.adapter.http;

import dev.convai.adapter.http.observe.AttemptFinished;
import dev.convai.adapter.http.observe.CallFinished;
import dev.convai.adapter.http.observe.CallObserver;
import dev.convai.adapter.http.observe.CallStarted;
import dev.convai.adapter.http.observe.HttpCallListener;
import dev.convai.adapter.http.observe.RetryScheduled;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The adapter's listeners, each guarded on its own: an exception from a listener or one of its
 * observers is logged (at WARNING the first time for that listener, at DEBUG after) and dropped,
 * so it can neither change a call's outcome nor keep the other listeners from their events.
 */
final class Listeners {

  private static final System.Logger LOG = System.getLogger(HttpConversationAnalysisAdapter.class.getName());

  private final List<Guarded> listeners;

  Listeners(List<HttpCallListener> listeners, Failures failures) {
    List<Guarded> guarded = new ArrayList<>(listeners.size());
    for (HttpCallListener listener : listeners) {
      guarded.add(new Guarded(listener, failures));
    }
    this.listeners = List.copyOf(guarded);
  }

  boolean isEmpty() {
    return listeners.isEmpty();
  }

  /** The observer of one call: every listener's, each guarded; {@link CallObserver#NONE} when there are none. */
  CallObserver callStarted(CallStarted call) {
    if (listeners.isEmpty()) {
      return CallObserver.NONE;
    }
    List<GuardedObserver> observers = new ArrayList<>(listeners.size());
    for (Guarded listener : listeners) {
      CallObserver observer = listener.callStarted(call);
      if (observer != CallObserver.NONE) {
        observers.add(new GuardedObserver(listener, observer));
      }
    }
    if (observers.isEmpty()) {
      return CallObserver.NONE;
    }
    return observers.size() == 1 ? observers.get(0) : new FanOut(List.copyOf(observers));
  }

  private static final class Guarded {
    final HttpCallListener listener;
    final Failures failures;
    final AtomicBoolean warned = new AtomicBoolean();

    Guarded(HttpCallListener listener, Failures failures) {
      this.listener = listener;
      this.failures = failures;
    }

    CallObserver callStarted(CallStarted call) {
      try {
        CallObserver observer = listener.callStarted(call);
        return observer == null ? CallObserver.NONE : observer;
      } catch (RuntimeException e) {
        report("callStarted", e);
        return CallObserver.NONE;
      }
    }

    void report(String event, RuntimeException e) {
      // The message goes through redaction: an observer may have quoted anything.
      String what = e.getClass().getName() + ": " + failures.describe(e);
      if (warned.compareAndSet(false, true)) {
        LOG.log(
            Level.WARNING,
            "HTTP call listener {0} threw in {1}, ignored; later failures of it are logged at DEBUG: {2}",
            listener.getClass().getName(),
            event,
            what);
      } else {
        LOG.log(Level.DEBUG, "HTTP call listener {0} threw in {1}, ignored: {2}", listener.getClass().getName(), event, what);
      }
    }
  }

  private static final class GuardedObserver implements CallObserver {
    final Guarded owner;
    final CallObserver observer;

    GuardedObserver(Guarded owner, CallObserver observer) {
      this.owner = owner;
      this.observer = observer;
    }

    private void guard(String event, Runnable call) {
      try {
        call.run();
      } catch (RuntimeException e) {
        owner.report(event, e);
      }
    }

    @Override
    public void attemptStarted(int attempt) {
      guard("attemptStarted", () -> observer.attemptStarted(attempt));
    }

    @Override
    public void attemptFinished(AttemptFinished attempt) {
      guard("attemptFinished", () -> observer.attemptFinished(attempt));
    }

    @Override
    public void retryScheduled(RetryScheduled retry) {
      guard("retryScheduled", () -> observer.retryScheduled(retry));
    }

    @Override
    public void callFinished(CallFinished call) {
      guard("callFinished", () -> observer.callFinished(call));
    }
  }

  /** Guarded observers never throw, so a plain loop reaches each. */
  private static final class FanOut implements CallObserver {
    final List<GuardedObserver> observers;

    FanOut(List<GuardedObserver> observers) {
      this.observers = observers;
    }

    private void each(Consumer<CallObserver> event) {
      for (CallObserver observer : observers) {
        event.accept(observer);
      }
    }

    @Override
    public void attemptStarted(int attempt) {
      each(o -> o.attemptStarted(attempt));
    }

    @Override
    public void attemptFinished(AttemptFinished attempt) {
      each(o -> o.attemptFinished(attempt));
    }

    @Override
    public void retryScheduled(RetryScheduled retry) {
      each(o -> o.retryScheduled(retry));
    }

    @Override
    public void callFinished(CallFinished call) {
      each(o -> o.callFinished(call));
    }
  }
}
