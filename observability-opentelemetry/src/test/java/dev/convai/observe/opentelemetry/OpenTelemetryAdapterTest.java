package dev.convai.observe.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.convai.adapter.http.HttpConversationAnalysisAdapter;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.observe.testing.ScriptedServer;
import dev.convai.port.ConversationNotFoundException;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The OpenTelemetry listener on a real adapter, against a local server. */
class OpenTelemetryAdapterTest {

  private static final String API_KEY = "sk_otel_e2e_5d21";
  private static final ConversationId ID = ConversationId.of("conv_otel_e2e_1");
  private static final String CALL_SPAN = "convai.run_analysis";
  private static final String REQUEST_SPAN = "POST /v1/convai/conversations/{conversation_id}/analysis/run";

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final OpenTelemetrySdk sdk =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
          .build();

  @AfterEach
  void closeSdk() {
    sdk.close();
  }

  @Test
  @SuppressWarnings("try") // the scope is held for what it makes current, never read
  void aRetriedCallIsTracedUnderTheCallersSpan() {
    Span request = sdk.getTracer("application").spanBuilder("handle request").startSpan();
    try (ScriptedServer server = ScriptedServer.start()
            .then(ScriptedServer.Reply.json(503, "{\"detail\":\"busy\"}"))
            .then(ScriptedServer.Reply.analysisRun(ID.value()));
        var analysis = adapter(server, OpenTelemetryCallListener.create(sdk))) {
      // The call starts on this thread, where the application's span is current.
      CompletableFuture<Conversation> started;
      try (Scope ignored = request.makeCurrent()) {
        started = analysis.runAnalysis(ID).toCompletableFuture();
      }
      Conversation conversation = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> started.join());
      assertEquals(ID, conversation.conversationId());

      awaitSpans(3);
      SpanData call = span(CALL_SPAN);
      assertEquals(request.getSpanContext().getSpanId(), call.getParentSpanId());
      assertEquals(SpanKind.CLIENT, call.getKind());
      assertEquals(200L, call.getAttributes().get(OpenTelemetryCallListener.HTTP_RESPONSE_STATUS_CODE));
      assertEquals(2L, call.getAttributes().get(OpenTelemetryCallListener.ATTEMPTS));
      assertEquals(1, call.getEvents().stream().filter(e -> e.getName().equals(OpenTelemetryCallListener.RETRY_EVENT)).count());

      List<SpanData> requests = spans(REQUEST_SPAN);
      assertEquals(2, requests.size());
      for (SpanData attempt : requests) {
        assertEquals(call.getSpanId(), attempt.getParentSpanId());
        assertEquals("127.0.0.1", attempt.getAttributes().get(OpenTelemetryCallListener.SERVER_ADDRESS));
        assertEquals((long) server.port(), attempt.getAttributes().get(OpenTelemetryCallListener.SERVER_PORT));
      }
      assertEquals(503L, requests.get(0).getAttributes().get(OpenTelemetryCallListener.HTTP_RESPONSE_STATUS_CODE));
      assertEquals("503", requests.get(0).getAttributes().get(OpenTelemetryCallListener.ERROR_TYPE));
      assertEquals(200L, requests.get(1).getAttributes().get(OpenTelemetryCallListener.HTTP_RESPONSE_STATUS_CODE));
      assertEquals(1L, requests.get(1).getAttributes().get(OpenTelemetryCallListener.HTTP_REQUEST_RESEND_COUNT));
    } finally {
      request.end();
    }
    assertNothingCarries(ID.value());
    assertNothingCarries(API_KEY);
  }

  @Test
  void aFailedCallRecordsTheFailureAndOnlyAnOptedInIdAppears() {
    OpenTelemetryCallListener optedIn = OpenTelemetryCallListener.builder(sdk).recordConversationId(true).build();
    try (ScriptedServer server = ScriptedServer.start()
            .then(ScriptedServer.Reply.json(404, "{\"detail\":\"not found\"}"));
        var analysis = adapter(server, optedIn)) {
      CompletionException thrown = assertThrows(CompletionException.class, () -> join(analysis, ID));
      assertInstanceOf(ConversationNotFoundException.class, thrown.getCause());
    }
    awaitSpans(2);
    SpanData call = span(CALL_SPAN);
    assertEquals(StatusCode.ERROR, call.getStatus().getStatusCode());
    assertEquals("404", call.getAttributes().get(OpenTelemetryCallListener.ERROR_TYPE));
    assertEquals(ID.value(), call.getAttributes().get(OpenTelemetryCallListener.CONVERSATION_ID));
    assertEquals(ConversationNotFoundException.class.getName(),
        call.getEvents().stream().filter(e -> e.getName().equals("exception")).findFirst().orElseThrow()
            .getAttributes().get(OpenTelemetryCallListener.EXCEPTION_TYPE));
    assertNothingCarries(API_KEY);
  }

  private static HttpConversationAnalysisAdapter adapter(ScriptedServer server, OpenTelemetryCallListener listener) {
    return HttpConversationAnalysisAdapter.builder()
        .apiKey(API_KEY)
        .baseUrl(server.baseUrl())
        .backoff(Duration.ofMillis(10), Duration.ofMillis(20))
        .listener(listener)
        .build();
  }

  private static Conversation join(HttpConversationAnalysisAdapter analysis, ConversationId id) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(30), () -> analysis.runAnalysis(id).toCompletableFuture().join());
  }

  /** The end of a call may be reported just after its future completes. */
  private void awaitSpans(int count) {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      while (exporter.getFinishedSpanItems().stream().filter(s -> !s.getName().equals("handle request")).count() < count) {
        Thread.sleep(5);
      }
    });
  }

  private void assertNothingCarries(String secret) {
    for (SpanData span : exporter.getFinishedSpanItems()) {
      span.getAttributes().forEach((key, value) ->
          assertFalse(String.valueOf(value).contains(secret), span.getName() + " " + key));
      span.getEvents().forEach(event -> event.getAttributes().forEach((key, value) ->
          assertFalse(String.valueOf(value).contains(secret), event.getName() + " " + key)));
    }
  }

  private SpanData span(String name) {
    List<SpanData> named = spans(name);
    assertEquals(1, named.size(), () -> "spans named " + name + ": " + exporter.getFinishedSpanItems());
    return named.get(0);
  }

  private List<SpanData> spans(String name) {
    return exporter.getFinishedSpanItems().stream()
        .filter(span -> span.getName().equals(name))
        .collect(Collectors.toList());
  }
}
