package dev.convai.observe.micrometer;

import static dev.convai.observe.testing.CallEvents.CONVERSATION;
import static dev.convai.observe.testing.CallEvents.answered;
import static dev.convai.observe.testing.CallEvents.cancelled;
import static dev.convai.observe.testing.CallEvents.connectionRefused;
import static dev.convai.observe.testing.CallEvents.failed;
import static dev.convai.observe.testing.CallEvents.failedWithStatus;
import static dev.convai.observe.testing.CallEvents.failedWithoutResponse;
import static dev.convai.observe.testing.CallEvents.rateLimited;
import static dev.convai.observe.testing.CallEvents.retryAfterBackoff;
import static dev.convai.observe.testing.CallEvents.retryAfterServerHint;
import static dev.convai.observe.testing.CallEvents.runAnalysisStarted;
import static dev.convai.observe.testing.CallEvents.started;
import static dev.convai.observe.testing.CallEvents.succeeded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.adapter.http.observe.CallObserver;
import dev.convai.adapter.http.observe.Operation;
import dev.convai.observe.testing.CallEvents;
import dev.convai.port.FailureKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The meters the listener records, read back from a real {@link SimpleMeterRegistry}. */
class MicrometerCallListenerTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MicrometerCallListener listener = MicrometerCallListener.create(registry);

  @Test
  void aCallAnsweredAtOnceRecordsOneCallAndOneAttempt() {
    CallObserver call = listener.callStarted(runAnalysisStarted());
    call.attemptStarted(1);
    call.attemptFinished(answered(1, 200, 120));
    call.callFinished(succeeded(1, 130));

    Timer calls = registry.get(MicrometerCallListener.CALLS)
        .tags("operation", "run_analysis", "region", "eu_residency", "outcome", "success",
            "status.class", "2xx", "failure.kind", "none")
        .timer();
    assertEquals(1, calls.count());
    assertEquals(130.0, calls.totalTime(TimeUnit.MILLISECONDS));
    Timer attempts = registry.get(MicrometerCallListener.ATTEMPTS)
        .tags("outcome", "success", "status.class", "2xx", "failure.kind", "none")
        .timer();
    assertEquals(1, attempts.count());
    assertEquals(120.0, attempts.totalTime(TimeUnit.MILLISECONDS));
    assertTrue(registry.find(MicrometerCallListener.RETRIES).counters().isEmpty());
    assertTrue(registry.find(MicrometerCallListener.FAILURES).counters().isEmpty());
  }

  @Test
  void aRetriedCallRecordsEachAttemptAndTheRetryByItsReason() {
    CallObserver call = listener.callStarted(runAnalysisStarted());
    call.attemptStarted(1);
    call.attemptFinished(failedWithStatus(1, 503, FailureKind.SERVER_ERROR, 40));
    call.retryScheduled(retryAfterBackoff(2, FailureKind.SERVER_ERROR, OptionalInt.of(503)));
    call.attemptStarted(2);
    call.attemptFinished(failedWithoutResponse(2, FailureKind.TRANSPORT, 5));
    call.retryScheduled(retryAfterBackoff(3, FailureKind.TRANSPORT, OptionalInt.empty()));
    call.attemptStarted(3);
    call.attemptFinished(answered(3, 200, 90));
    call.callFinished(succeeded(3, 900));

    assertEquals(
        Map.of(
            "failure/5xx/server_error", 1L,
            "failure/none/transport", 1L,
            "success/2xx/none", 1L),
        attemptCounts());
    assertEquals(1.0, registry.get(MicrometerCallListener.RETRIES)
        .tags("failure.kind", "server_error", "server.hinted", "false").counter().count());
    assertEquals(1.0, registry.get(MicrometerCallListener.RETRIES)
        .tags("failure.kind", "transport", "server.hinted", "false").counter().count());
    assertEquals(1, registry.get(MicrometerCallListener.CALLS).tags("outcome", "success").timer().count());
    assertTrue(registry.find(MicrometerCallListener.FAILURES).counters().isEmpty());
  }

  @Test
  void aFailedCallCountsItsFailureKindAndTagsItsLastStatus() {
    CallObserver call = listener.callStarted(runAnalysisStarted());
    call.attemptStarted(1);
    call.attemptFinished(failedWithStatus(1, 429, FailureKind.RATE_LIMITED, 10));
    call.retryScheduled(retryAfterServerHint(2, FailureKind.RATE_LIMITED, 429));
    call.attemptStarted(2);
    call.attemptFinished(failedWithStatus(2, 429, FailureKind.RATE_LIMITED, 10));
    call.callFinished(failed(rateLimited(2), 2050));

    assertEquals(1.0, registry.get(MicrometerCallListener.FAILURES)
        .tags("operation", "run_analysis", "region", "eu_residency", "failure.kind", "rate_limited")
        .counter().count());
    assertEquals(1.0, registry.get(MicrometerCallListener.RETRIES)
        .tags("failure.kind", "rate_limited", "server.hinted", "true").counter().count());
    Timer calls = registry.get(MicrometerCallListener.CALLS)
        .tags("outcome", "failure", "status.class", "4xx", "failure.kind", "rate_limited").timer();
    assertEquals(1, calls.count());
    assertEquals(2050.0, calls.totalTime(TimeUnit.MILLISECONDS));
  }

  @Test
  void aFailureWithoutAnyResponseHasNoStatusClass() {
    CallObserver call = listener.callStarted(runAnalysisStarted());
    call.attemptStarted(1);
    call.attemptFinished(failedWithoutResponse(1, FailureKind.TRANSPORT, 3));
    call.callFinished(failed(connectionRefused(1), 4));

    assertEquals(1, registry.get(MicrometerCallListener.CALLS)
        .tags("outcome", "failure", "status.class", "none", "failure.kind", "transport").timer().count());
    assertEquals(1.0, registry.get(MicrometerCallListener.FAILURES)
        .tags("failure.kind", "transport").counter().count());
  }

  @Test
  void aCancelledCallIsNeitherSuccessNorFailure() {
    CallObserver call = listener.callStarted(runAnalysisStarted());
    call.attemptStarted(1);
    call.attemptFinished(failedWithStatus(1, 503, FailureKind.SERVER_ERROR, 10));
    call.retryScheduled(retryAfterBackoff(2, FailureKind.SERVER_ERROR, OptionalInt.of(503)));
    call.attemptStarted(2);
    // cancelled while the second request waits for its answer: no attemptFinished for it
    call.callFinished(cancelled(2, 700));

    assertEquals(1, registry.get(MicrometerCallListener.CALLS)
        .tags("outcome", "cancelled", "status.class", "none", "failure.kind", "none").timer().count());
    assertTrue(registry.find(MicrometerCallListener.FAILURES).counters().isEmpty());
    assertEquals(0.0, inFlight(Operation.RUN_ANALYSIS));
  }

  @Test
  void theInFlightGaugeCountsCallsBetweenStartAndEndPerOperation() {
    for (Operation operation : Operation.values()) {
      assertEquals(0.0, inFlight(operation), () -> "registered at creation: " + operation);
    }
    CallObserver first = listener.callStarted(runAnalysisStarted());
    CallObserver second = listener.callStarted(runAnalysisStarted());
    CallObserver read = listener.callStarted(started(Operation.GET_CONVERSATION, "default"));
    assertEquals(2.0, inFlight(Operation.RUN_ANALYSIS));
    assertEquals(1.0, inFlight(Operation.GET_CONVERSATION));

    first.callFinished(succeeded(1, 10));
    first.callFinished(succeeded(1, 10)); // a repeated end must not drive the gauge below the truth
    assertEquals(1.0, inFlight(Operation.RUN_ANALYSIS));
    second.callFinished(cancelled(1, 10));
    read.callFinished(succeeded(1, 10));
    assertEquals(0.0, inFlight(Operation.RUN_ANALYSIS));
    assertEquals(0.0, inFlight(Operation.GET_CONVERSATION));
  }

  @Test
  void commonTagsGoOnEveryMeter() {
    SimpleMeterRegistry tagged = new SimpleMeterRegistry();
    MicrometerCallListener named = MicrometerCallListener.create(tagged, Tags.of("client", "reports"));
    CallObserver call = named.callStarted(runAnalysisStarted());
    call.attemptFinished(failedWithStatus(1, 503, FailureKind.SERVER_ERROR, 10));
    call.retryScheduled(retryAfterBackoff(2, FailureKind.SERVER_ERROR, OptionalInt.of(503)));
    call.attemptFinished(failedWithStatus(2, 503, FailureKind.SERVER_ERROR, 10));
    call.callFinished(failed(CallEvents.serverError(2), 300));

    List<Meter> meters = tagged.getMeters();
    assertEquals(
        Set.of(MicrometerCallListener.CALLS, MicrometerCallListener.ATTEMPTS, MicrometerCallListener.RETRIES,
            MicrometerCallListener.FAILURES, MicrometerCallListener.IN_FLIGHT),
        meters.stream().map(m -> m.getId().getName()).collect(Collectors.toSet()));
    for (Meter meter : meters) {
      assertEquals("reports", meter.getId().getTag("client"), meter.getId().toString());
    }
  }

  @Test
  void noTagCarriesTheConversationIdAndTagKeysAreTheDocumentedOnes() {
    CallObserver call = listener.callStarted(runAnalysisStarted());
    call.attemptFinished(failedWithStatus(1, 429, FailureKind.RATE_LIMITED, 10));
    call.retryScheduled(retryAfterServerHint(2, FailureKind.RATE_LIMITED, 429));
    call.attemptFinished(failedWithStatus(2, 429, FailureKind.RATE_LIMITED, 10));
    call.callFinished(failed(rateLimited(2), 2050));

    Map<String, Set<String>> keysByMeter = new TreeMap<>();
    for (Meter meter : registry.getMeters()) {
      for (Tag tag : meter.getId().getTags()) {
        assertFalse(tag.getValue().contains(CONVERSATION.value()), meter.getId().toString());
      }
      keysByMeter.merge(
          meter.getId().getName(),
          meter.getId().getTags().stream().map(Tag::getKey).collect(Collectors.toSet()),
          (a, b) -> {
            assertEquals(a, b, "one set of tag keys per meter name");
            return a;
          });
    }
    Set<String> timed = Set.of("operation", "region", "outcome", "status.class", "failure.kind");
    assertEquals(
        Map.of(
            MicrometerCallListener.CALLS, timed,
            MicrometerCallListener.ATTEMPTS, timed,
            MicrometerCallListener.RETRIES, Set.of("operation", "region", "failure.kind", "server.hinted"),
            MicrometerCallListener.FAILURES, Set.of("operation", "region", "failure.kind"),
            MicrometerCallListener.IN_FLIGHT, Set.of("operation")),
        keysByMeter);
  }

  @Test
  void statusClassesAndFailureKindsHaveFewFixedValues() {
    assertEquals("none", MicrometerCallListener.statusClass(OptionalInt.empty()));
    assertEquals("1xx", MicrometerCallListener.statusClass(OptionalInt.of(101)));
    assertEquals("2xx", MicrometerCallListener.statusClass(OptionalInt.of(204)));
    assertEquals("4xx", MicrometerCallListener.statusClass(OptionalInt.of(422)));
    assertEquals("5xx", MicrometerCallListener.statusClass(OptionalInt.of(599)));
    assertEquals("other", MicrometerCallListener.statusClass(OptionalInt.of(600)));
    assertEquals("other", MicrometerCallListener.statusClass(OptionalInt.of(42)));
    Set<String> kinds = java.util.Arrays.stream(FailureKind.values())
        .map(MicrometerCallListener::kindTag).collect(Collectors.toSet());
    assertEquals(FailureKind.values().length, kinds.size());
    assertTrue(kinds.contains("malformed_response"), kinds.toString());
  }

  private double inFlight(Operation operation) {
    return registry.get(MicrometerCallListener.IN_FLIGHT).tag("operation", operation.wireName()).gauge().value();
  }

  private Map<String, Long> attemptCounts() {
    Map<String, Long> counts = new TreeMap<>();
    for (Timer timer : registry.find(MicrometerCallListener.ATTEMPTS).timers()) {
      String key = timer.getId().getTag("outcome") + "/" + timer.getId().getTag("status.class") + "/"
          + timer.getId().getTag("failure.kind");
      counts.put(key, timer.count());
    }
    return counts;
  }

  @Test
  void aRepeatedEndIsNotRecordedTwice() {
    CallObserver call = listener.callStarted(runAnalysisStarted());
    call.callFinished(succeeded(1, 10));
    call.callFinished(succeeded(1, 10));
    Counter none = registry.find(MicrometerCallListener.FAILURES).counter();
    assertNull(none);
    assertEquals(1, registry.get(MicrometerCallListener.CALLS).timer().count());
  }
}
