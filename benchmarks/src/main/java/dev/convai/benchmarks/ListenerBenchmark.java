package dev.convai.benchmarks;

import dev.convai.adapter.http.observe.AttemptFinished;
import dev.convai.adapter.http.observe.CallFinished;
import dev.convai.adapter.http.observe.CallObserver;
import dev.convai.adapter.http.observe.CallStarted;
import dev.convai.adapter.http.observe.HttpCallListener;
import dev.convai.adapter.http.observe.Operation;
import dev.convai.adapter.http.observe.RetryScheduled;
import dev.convai.conversation.ConversationId;
import dev.convai.observe.micrometer.MicrometerCallListener;
import dev.convai.observe.opentelemetry.OpenTelemetryCallListener;
import dev.convai.port.FailureKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the observability listeners add to one call: the events of a call retried once (start,
 * two attempts, a retry, the end) delivered to no listener, to the Micrometer listener on a
 * {@code SimpleMeterRegistry}, and to the OpenTelemetry listener on an SDK that samples every span
 * and exports it to an exporter that drops it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ListenerBenchmark {

  private static final CallStarted STARTED =
      new CallStarted(
          Operation.RUN_ANALYSIS, "api.elevenlabs.io", 443, "https", "default",
          Optional.of(ConversationId.of("conv_01jwzz3ygceg7v0te0rewn2nzj")), 3);
  private static final AttemptFinished FAILED =
      new AttemptFinished(1, OptionalInt.of(503), Duration.ofMillis(40), Optional.of(FailureKind.SERVER_ERROR));
  private static final RetryScheduled RETRY =
      new RetryScheduled(2, Duration.ofMillis(250), FailureKind.SERVER_ERROR, OptionalInt.of(503), false);
  private static final AttemptFinished ANSWERED =
      new AttemptFinished(2, OptionalInt.of(200), Duration.ofMillis(90), Optional.empty());
  private static final CallFinished SUCCEEDED =
      new CallFinished(CallFinished.Outcome.SUCCESS, 2, Duration.ofMillis(400), Optional.empty());

  /** Which listener receives the events. */
  @Param({"none", "micrometer", "opentelemetry"})
  public String listener;

  private HttpCallListener subject;
  private OpenTelemetrySdk sdk;

  @Setup
  public void setUp() {
    switch (listener) {
      case "none" -> subject = call -> CallObserver.NONE;
      case "micrometer" -> subject = MicrometerCallListener.create(new SimpleMeterRegistry());
      case "opentelemetry" -> {
        sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(new DroppingExporter()))
                .build())
            .build();
        subject = OpenTelemetryCallListener.create(sdk);
      }
      default -> throw new IllegalArgumentException(listener);
    }
  }

  @TearDown
  public void tearDown() {
    if (sdk != null) {
      sdk.close();
    }
  }

  /** One retried call's events, start to end. */
  @Benchmark
  public CallObserver retriedCall() {
    CallObserver call = subject.callStarted(STARTED);
    call.attemptStarted(1);
    call.attemptFinished(FAILED);
    call.retryScheduled(RETRY);
    call.attemptStarted(2);
    call.attemptFinished(ANSWERED);
    call.callFinished(SUCCEEDED);
    return call;
  }

  /** Takes every span and keeps none, so the benchmark measures making spans, not storing them. */
  private static final class DroppingExporter implements SpanExporter {
    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
    }
  }
}
