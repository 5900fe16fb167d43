package dev.convai.observe.micrometer;

import dev.convai.adapter.http.observe.AttemptFinished;
import dev.convai.adapter.http.observe.CallFinished;
import dev.convai.adapter.http.observe.CallObserver;
import dev.convai.adapter.http.observe.CallStarted;
import dev.convai.adapter.http.observe.HttpCallListener;
import dev.convai.adapter.http.observe.Operation;
import dev.convai.adapter.http.observe.RetryScheduled;
import dev.convai.port.FailureKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records the HTTP adapter's calls in a Micrometer {@link MeterRegistry}. Give one to the adapter's
 * builder ({@code .listener(MicrometerCallListener.create(registry))}); one listener may serve any
 * number of adapters.
 *
 * <p>The meters, with their tags:
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@value #CALLS}</td><td>timer</td>
 *       <td>operation, region, outcome, status.class, failure.kind</td>
 *       <td>each call from its start to its end, waits between attempts included</td></tr>
 *   <tr><td>{@value #ATTEMPTS}</td><td>timer</td>
 *       <td>operation, region, outcome, status.class, failure.kind</td>
 *       <td>each request, from sending it to its whole response or its failure</td></tr>
 *   <tr><td>{@value #RETRIES}</td><td>counter</td>
 *       <td>operation, region, failure.kind, server.hinted</td>
 *       <td>retries scheduled, by the failure that caused them</td></tr>
 *   <tr><td>{@value #FAILURES}</td><td>counter</td><td>operation, region, failure.kind</td>
 *       <td>calls that ended in a failure the caller received, by kind</td></tr>
 *   <tr><td>{@value #IN_FLIGHT}</td><td>gauge</td><td>operation</td>
 *       <td>calls started and not yet finished</td></tr>
 * </table>
 *
 * <p>Tag values: {@code operation} is {@link Operation#wireName()} ({@code run_analysis}, ...);
 * {@code region} the adapter's region in lower case or {@code custom}; {@code outcome} is {@code
 * success}, {@code failure} or (calls only) {@code cancelled}; {@code status.class} is {@code 2xx},
 * {@code 4xx}, {@code 5xx}, ... of the (last) response, or {@code none} when no response arrived;
 * {@code failure.kind} is the lower-case {@link FailureKind} ({@code rate_limited}, ...) or {@code
 * none}; {@code server.hinted} is {@code true} when the wait came from the server's
 * {@code Retry-After} or the like. No tag ever carries a conversation id or the API key.
 */
public final class MicrometerCallListener implements HttpCallListener {

  /** Timer of whole calls. */
  public static final String CALLS = "convai.client.calls";

  /** Timer of single requests (attempts) within calls. */
  public static final String ATTEMPTS = "convai.client.attempts";

  /** Counter of retries scheduled. */
  public static final String RETRIES = "convai.client.retries";

  /** Counter of calls that ended in a failure. */
  public static final String FAILURES = "convai.client.failures";

  /** Gauge of calls in flight. */
  public static final String IN_FLIGHT = "convai.client.in.flight";

  static final String ABSENT = "none";

  private final Meter.MeterProvider<Timer> calls;
  private final Meter.MeterProvider<Timer> attempts;
  private final Meter.MeterProvider<Counter> retries;
  private final Meter.MeterProvider<Counter> failures;
  // Strong references: Micrometer holds a gauge's state object weakly.
  private final Map<Operation, AtomicInteger> inFlight = new EnumMap<>(Operation.class);

  private MicrometerCallListener(MeterRegistry registry, Tags commonTags) {
    calls =
        Timer.builder(CALLS)
            .description("Calls of the ConvAI analysis API, from start to end, retries included")
            .tags(commonTags)
            .withRegistry(registry);
    attempts =
        Timer.builder(ATTEMPTS)
            .description("Single requests to the ConvAI analysis API, body included")
            .tags(commonTags)
            .withRegistry(registry);
    retries =
        Counter.builder(RETRIES)
            .description("Retries scheduled after a failed request")
            .baseUnit("retries")
            .tags(commonTags)
            .withRegistry(registry);
    failures =
        Counter.builder(FAILURES)
            .description("Calls that ended in a failure, by failure kind")
            .baseUnit("calls")
            .tags(commonTags)
            .withRegistry(registry);
    for (Operation operation : Operation.values()) {
      AtomicInteger count = new AtomicInteger();
      inFlight.put(operation, count);
      Gauge.builder(IN_FLIGHT, count, AtomicInteger::get)
          .description("Calls of the ConvAI analysis API started and not yet finished")
          .baseUnit("calls")
          .tags(commonTags)
          .tag("operation", operation.wireName())
          .strongReference(true)
          .register(registry);
    }
  }

  /**
   * A listener that records into this registry.
   *
   * @param registry where the meters go; they are registered at once (the gauges) or on first use
   * @return a listener to give to the adapter's builder
   */
  public static MicrometerCallListener create(MeterRegistry registry) {
    return create(registry, Tags.empty());
  }

  /**
   * A listener that records into this registry and adds these tags to every meter, for instance to
   * tell two adapters apart. Keep their values few: they multiply every meter's time series.
   *
   * @param registry where the meters go
   * @param commonTags tags added to every meter
   * @return a listener to give to the adapter's builder
   */
  public static MicrometerCallListener create(MeterRegistry registry, Iterable<Tag> commonTags) {
    Objects.requireNonNull(registry, "registry");
    return new MicrometerCallListener(registry, Tags.of(Objects.requireNonNull(commonTags, "commonTags")));
  }

  @Override
  public CallObserver callStarted(CallStarted call) {
    AtomicInteger running = inFlight.get(call.operation());
    running.incrementAndGet();
    return new Observer(call, running);
  }

  /** The tag value for an HTTP status: its class such as {@code 4xx}, or {@code none}. */
  static String statusClass(OptionalInt status) {
    if (status.isEmpty()) {
      return ABSENT;
    }
    int code = status.getAsInt();
    return code >= 100 && code <= 599 ? (code / 100) + "xx" : "other";
  }

  static String kindTag(FailureKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** The meters of one call; the adapter calls it for one event at a time. */
  private final class Observer implements CallObserver {
    private final Tags base;
    private final AtomicInteger running;
    private OptionalInt lastStatus = OptionalInt.empty();
    private boolean finished;

    Observer(CallStarted call, AtomicInteger running) {
      this.base = Tags.of("operation", call.operation().wireName(), "region", call.region());
      this.running = running;
    }

    @Override
    public void attemptFinished(AttemptFinished attempt) {
      lastStatus = attempt.status();
      attempts
          .withTags(
              base.and(
                  "outcome", attempt.failure().isPresent() ? "failure" : "success",
                  "status.class", statusClass(attempt.status()),
                  "failure.kind", attempt.failure().map(MicrometerCallListener::kindTag).orElse(ABSENT)))
          .record(attempt.elapsed());
    }

    @Override
    public void retryScheduled(RetryScheduled retry) {
      retries
          .withTags(
              base.and(
                  "failure.kind", kindTag(retry.reason()),
                  "server.hinted", Boolean.toString(retry.serverHinted())))
          .increment();
    }

    @Override
    public void callFinished(CallFinished call) {
      if (finished) {
        return; // keeps the gauge right even if an end were reported twice
      }
      finished = true;
      running.decrementAndGet();
      String kind = call.failure().map(f -> kindTag(f.kind())).orElse(ABSENT);
      // A cancelled call's last attempt may still be waiting for its response: it has none.
      OptionalInt status =
          call.outcome() == CallFinished.Outcome.CANCELLED
              ? OptionalInt.empty()
              : call.failure().map(f -> f.status()).orElse(lastStatus);
      calls
          .withTags(
              base.and(
                  "outcome", call.outcome().tagValue(),
                  "status.class", statusClass(status),
                  "failure.kind", kind))
          .record(call.elapsed());
      if (call.outcome() == CallFinished.Outcome.FAILURE) {
        failures.withTags(base.and("failure.kind", kind)).increment();
      }
    }
  }
}
