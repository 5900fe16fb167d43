package dev.convai.adapter.http.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The adapter's observation extension point: told when each call starts, it returns the
 * {@link CallObserver} that receives the rest of that call's events. Keep per-call state (a timer
 * sample, a span) in the observer it returns.
 *
 * <pre>{@code
 * HttpConversationAnalysisAdapter.builder()
 *     .apiKey(key)
 *     .listener(call -> new CallObserver() {
 *       @Override public void callFinished(CallFinished end) {
 *         System.out.println(call.operation().wireName() + " " + end.outcome() + " in " + end.elapsed());
 *       }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>{@code callStarted} is called on the caller's thread or an adapter thread and must return
 * quickly; an exception it throws is logged and the call goes on unobserved.
 */
@FunctionalInterface
public interface HttpCallListener {

  /**
   * A call has started.
   *
   * @param call what the call is for
   * @return the observer of this call's further events; {@link CallObserver#NONE} to ignore them
   */
  CallObserver callStarted(CallStarted call);

  /**
   * Calls every listener in order and fans each event out to the observers they returned. Every
   * observer receives every event even when one before it throws; the first exception is then
   * rethrown.
   */
  static HttpCallListener composite(List<HttpCallListener> listeners) {
    List<HttpCallListener> all = List.copyOf(listeners);
    if (all.size() == 1) {
      return all.get(0);
    }
    return call -> {
      List<CallObserver> observers = new ArrayList<>(all.size());
      for (HttpCallListener listener : all) {
        observers.add(Objects.requireNonNull(listener.callStarted(call), "observer"));
      }
      return new CallObserver() {
        @Override
        public void attemptStarted(int attempt) {
          each(observers, o -> o.attemptStarted(attempt));
        }

        @Override
        public void attemptFinished(AttemptFinished attempt) {
          each(observers, o -> o.attemptFinished(attempt));
        }

        @Override
        public void retryScheduled(RetryScheduled retry) {
          each(observers, o -> o.retryScheduled(retry));
        }

        @Override
        public void callFinished(CallFinished end) {
          each(observers, o -> o.callFinished(end));
        }
      };
    };
  }

  private static void each(List<CallObserver> observers, Consumer<CallObserver> event) {
    RuntimeException first = null;
    for (CallObserver observer : observers) {
      try {
        event.accept(observer);
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
