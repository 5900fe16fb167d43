package dev.convai.observe.opentelemetry;

import static dev.convai.observe.opentelemetry.OpenTelemetryCallListener.ATTEMPTS;
import static dev.convai.observe.opentelemetry.OpenTelemetryCallListener.CONVERSATION_ID;
import static dev.convai.observe.opentelemetry.OpenTelemetryCallListener.ERROR_TYPE;
import static dev.convai.observe.opentelemetry.OpenTelemetryCallListener.EXCEPTION_MESSAGE;
import static dev.convai.observe.opentelemetry.OpenTelemetryCallListener.EXCEPTION_STACKTRACE;
import static dev.convai.observe.opentelemetry.OpenTelemetryCallListener.EXCEPTION_TYPE;
import static dev.convai.observe.opentelemetry.OpenTelemetryCallListener.HTTP_REQUEST_METHOD;
import static dev.convai.observe.opentelemetry.OpenTelemetryCallListener.HTTP_REQUEST_RESEND_COUNT;
import static dev.convai.observe.opentelemetry.OpenTelemetryCallListener.HTTP_RESPONSE_STATUS_CODE;
import static dev.convai.observe.opentelemetry.OpenTelemetryCallListener.OUTCOME;
import static dev.convai.observe.opentelemetry.OpenTelemetryCallListener.RETRY_DELAY_MS;
import static dev.convai.observe.opentelemetry.OpenTelemetryCallListener.RETRY_EVENT;
import static dev.convai.observe.opentelemetry.OpenTelemetryCallListener.RETRY_REASON;
import static dev.convai.observe.opentelemetry.OpenTelemetryCallListener.RETRY_SERVER_HINTED;
import static dev.convai.observe.opentelemetry.OpenTelemetryCallListener.SERVER_ADDRESS;
import static dev.convai.observe.opentelemetry.OpenTelemetryCallListener.SERVER_PORT;
import static dev.convai.observe.opentelemetry.OpenTelemetryCallListener.URL_TEMPLATE;
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
import static dev.convai.observe.testing.CallEvents.succeeded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.adapter.http.observe.CallObserver;
import dev.convai.port.FailureKind;
import dev.convai.port.RateLimitedException;
import dev.convai.port.TransportException;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The spans the listener produces, read back from the SDK's in-memory exporter. */
class OpenTelemetryCallListenerTest {

  private static final String REQUEST_SPAN = "POST /v1/convai/conversations/{conversation_id}/analysis/run";

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final OpenTelemetrySdk sdk =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
          .build();
  private final OpenTelemetryCallListener listener = OpenTelemetryCallListener.create(sdk);

  @AfterEach
  void closeSdk() {
    sdk.close();
  }

  @Test
  void aCallIsAClientSpanWithOneChildClientSpanPerRequest() {
    CallObserver call = listener.callStarted(runAnalysisStarted());
    call.attemptStarted(1);
    call.attemptFinished(answered(1, 200, 120));
    call.callFinished(succeeded(1, 130));

    SpanData callSpan = span("convai.run_analysis");
    SpanData request = span(REQUEST_SPAN);
    assertEquals(2, exporter.getFinishedSpanItems().size());
    assertEquals(SpanKind.CLIENT, callSpan.getKind());
    assertEquals(SpanKind.CLIENT, request.getKind());
    assertEquals(callSpan.getSpanId(), request.getParentSpanId());
    assertEquals(callSpan.getTraceId(), request.getTraceId());
    for (SpanData span : List.of(callSpan, request)) {
      Attributes attributes = span.getAttributes();
      assertEquals("POST", attributes.get(HTTP_REQUEST_METHOD));
      assertEquals("api.eu.residency.elevenlabs.io", attributes.get(SERVER_ADDRESS));
      assertEquals(443L, attributes.get(SERVER_PORT));
      assertEquals("/v1/convai/conversations/{conversation_id}/analysis/run", attributes.get(URL_TEMPLATE));
      assertEquals(200L, attributes.get(HTTP_RESPONSE_STATUS_CODE));
      assertNull(attributes.get(ERROR_TYPE));
      assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    }
    assertNull(request.getAttributes().get(HTTP_REQUEST_RESEND_COUNT), "the first request is no resend");
    assertEquals("success", callSpan.getAttributes().get(OUTCOME));
    assertEquals(1L, callSpan.getAttributes().get(ATTEMPTS));
    assertEquals("run_analysis", callSpan.getAttributes().get(AttributeKey.stringKey("convai.operation")));
    assertEquals("eu_residency", callSpan.getAttributes().get(AttributeKey.stringKey("convai.region")));
  }

  @Test
  void retriesAreResentRequestSpansAndEventsOnTheCallSpan() {
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

    List<SpanData> requests = spans(REQUEST_SPAN);
    assertEquals(3, requests.size());
    SpanData first = requests.get(0);
    assertEquals("503", first.getAttributes().get(ERROR_TYPE));
    assertEquals(StatusCode.ERROR, first.getStatus().getStatusCode());
    assertNull(first.getAttributes().get(HTTP_REQUEST_RESEND_COUNT));
    SpanData second = requests.get(1);
    assertEquals("transport", second.getAttributes().get(ERROR_TYPE));
    assertNull(second.getAttributes().get(HTTP_RESPONSE_STATUS_CODE));
    assertEquals(1L, second.getAttributes().get(HTTP_REQUEST_RESEND_COUNT));
    SpanData third = requests.get(2);
    assertEquals(2L, third.getAttributes().get(HTTP_REQUEST_RESEND_COUNT));
    assertEquals(StatusCode.UNSET, third.getStatus().getStatusCode());

    SpanData callSpan = span("convai.run_analysis");
    assertEquals(StatusCode.UNSET, callSpan.getStatus().getStatusCode());
    assertEquals(3L, callSpan.getAttributes().get(ATTEMPTS));
    List<EventData> retries = events(callSpan, RETRY_EVENT);
    assertEquals(2, retries.size());
    assertEquals("server_error", retries.get(0).getAttributes().get(RETRY_REASON));
    assertEquals(503L, retries.get(0).getAttributes().get(HTTP_RESPONSE_STATUS_CODE));
    assertEquals(250L, retries.get(0).getAttributes().get(RETRY_DELAY_MS));
    assertEquals(false, retries.get(0).getAttributes().get(RETRY_SERVER_HINTED));
    assertEquals("transport", retries.get(1).getAttributes().get(RETRY_REASON));
    assertNull(retries.get(1).getAttributes().get(HTTP_RESPONSE_STATUS_CODE));
  }

  @Test
  void aFailedCallRecordsItsStatusErrorTypeAndExceptionWithoutTheId() {
    CallObserver call = listener.callStarted(runAnalysisStarted());
    call.attemptStarted(1);
    call.attemptFinished(failedWithStatus(1, 429, FailureKind.RATE_LIMITED, 10));
    call.retryScheduled(retryAfterServerHint(2, FailureKind.RATE_LIMITED, 429));
    call.attemptStarted(2);
    call.attemptFinished(failedWithStatus(2, 429, FailureKind.RATE_LIMITED, 10));
    call.callFinished(failed(rateLimited(2), 2050));

    SpanData callSpan = span("convai.run_analysis");
    assertEquals(StatusCode.ERROR, callSpan.getStatus().getStatusCode());
    assertEquals("429", callSpan.getAttributes().get(ERROR_TYPE));
    assertEquals(429L, callSpan.getAttributes().get(HTTP_RESPONSE_STATUS_CODE));
    assertEquals("failure", callSpan.getAttributes().get(OUTCOME));
    assertEquals(true, events(callSpan, RETRY_EVENT).get(0).getAttributes().get(RETRY_SERVER_HINTED));
    EventData exception = events(callSpan, "exception").get(0);
    assertEquals(RateLimitedException.class.getName(), exception.getAttributes().get(EXCEPTION_TYPE));
    assertEquals("Rate limited analysing conversation {conversation_id}", exception.getAttributes().get(EXCEPTION_MESSAGE));
    assertTrue(exception.getAttributes().get(EXCEPTION_STACKTRACE).contains("OpenTelemetryCallListenerTest"));
    assertIdAppearsNowhere();
  }

  @Test
  void aFailureWithoutResponseNamesTheExceptionClassAsErrorType() {
    CallObserver call = listener.callStarted(runAnalysisStarted());
    call.attemptStarted(1);
    call.attemptFinished(failedWithoutResponse(1, FailureKind.TRANSPORT, 3));
    call.callFinished(failed(connectionRefused(1), 4));

    SpanData callSpan = span("convai.run_analysis");
    assertEquals(TransportException.class.getName(), callSpan.getAttributes().get(ERROR_TYPE));
    assertNull(callSpan.getAttributes().get(HTTP_RESPONSE_STATUS_CODE));
    assertEquals("transport", span(REQUEST_SPAN).getAttributes().get(ERROR_TYPE));
    assertIdAppearsNowhere();
  }

  @Test
  void aCancelledCallEndsItsOpenRequestSpanAndIsNoError() {
    CallObserver call = listener.callStarted(runAnalysisStarted());
    call.attemptStarted(1);
    call.callFinished(cancelled(1, 700));

    assertEquals(2, exporter.getFinishedSpanItems().size(), "both spans ended");
    SpanData callSpan = span("convai.run_analysis");
    assertEquals("cancelled", callSpan.getAttributes().get(OUTCOME));
    assertEquals(StatusCode.UNSET, callSpan.getStatus().getStatusCode());
    assertTrue(events(callSpan, "exception").isEmpty());
    assertEquals(callSpan.getSpanId(), span(REQUEST_SPAN).getParentSpanId());
  }

  @Test
  @SuppressWarnings("try") // the scope is held for what it makes current, never read
  void theCallSpanIsAChildOfTheSpanCurrentWhenTheCallStarts() {
    Span parent = sdk.getTracer("application").spanBuilder("handle request").startSpan();
    CallObserver call;
    try (Scope ignored = parent.makeCurrent()) {
      call = listener.callStarted(runAnalysisStarted());
    }
    call.attemptStarted(1);
    call.attemptFinished(answered(1, 200, 1));
    call.callFinished(succeeded(1, 1));
    parent.end();

    SpanData callSpan = span("convai.run_analysis");
    assertEquals(parent.getSpanContext().getSpanId(), callSpan.getParentSpanId());
    assertEquals(parent.getSpanContext().getTraceId(), span(REQUEST_SPAN).getTraceId());
  }

  @Test
  void theConversationIdIsRecordedOnlyWhenAskedFor() {
    OpenTelemetryCallListener optedIn = OpenTelemetryCallListener.builder(sdk).recordConversationId(true).build();
    CallObserver call = optedIn.callStarted(runAnalysisStarted());
    call.attemptStarted(1);
    call.attemptFinished(failedWithStatus(1, 429, FailureKind.RATE_LIMITED, 10));
    call.callFinished(failed(rateLimited(1), 20));

    SpanData callSpan = span("convai.run_analysis");
    assertEquals(CONVERSATION.value(), callSpan.getAttributes().get(CONVERSATION_ID));
    assertTrue(events(callSpan, "exception").get(0).getAttributes().get(EXCEPTION_MESSAGE).contains(CONVERSATION.value()));
    assertNull(span(REQUEST_SPAN).getAttributes().get(CONVERSATION_ID));
  }

  @Test
  void theIdIsRedactedInItsUrlFormToo() {
    assertEquals("conv_1%2F%C3%A9%20x", OpenTelemetryCallListener.pathSegment("conv_1/é x"));
    assertEquals("Az09-._~", OpenTelemetryCallListener.pathSegment("Az09-._~"));
  }

  private void assertIdAppearsNowhere() {
    for (SpanData span : exporter.getFinishedSpanItems()) {
      assertFalse(span.getName().contains(CONVERSATION.value()), span.getName());
      span.getAttributes().forEach((key, value) ->
          assertFalse(String.valueOf(value).contains(CONVERSATION.value()), span.getName() + " " + key));
      for (EventData event : span.getEvents()) {
        event.getAttributes().forEach((key, value) ->
            assertFalse(String.valueOf(value).contains(CONVERSATION.value()), event.getName() + " " + key));
      }
      assertFalse(span.getStatus().getDescription().contains(CONVERSATION.value()));
    }
  }

  private SpanData span(String name) {
    List<SpanData> named = spans(name);
    assertEquals(1, named.size(), () -> "spans named " + name + ": " + exporter.getFinishedSpanItems());
    return named.get(0);
  }

  private List<SpanData> spans(String name) {
    // Ended in order, so requests come in the order they were made.
    return exporter.getFinishedSpanItems().stream()
        .filter(span -> span.getName().equals(name))
        .collect(Collectors.toList());
  }

  private static List<EventData> events(SpanData span, String name) {
    return span.getEvents().stream().filter(event -> event.getName().equals(name)).collect(Collectors.toList());
  }
}
