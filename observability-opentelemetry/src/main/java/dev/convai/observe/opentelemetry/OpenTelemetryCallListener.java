package dev.convai.observe.opentelemetry;

import dev.convai.adapter.http.observe.AttemptFinished;
import dev.convai.adapter.http.observe.CallFinished;
import dev.convai.adapter.http.observe.CallObserver;
import dev.convai.adapter.http.observe.CallStarted;
import dev.convai.adapter.http.observe.HttpCallListener;
import dev.convai.adapter.http.observe.RetryScheduled;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.FailureKind;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerBuilder;
import io.opentelemetry.context.Context;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Traces the HTTP adapter's calls with OpenTelemetry. Give one to the adapter's builder ({@code
 * .listener(OpenTelemetryCallListener.create(openTelemetry))}); one listener may serve any number
 * of adapters.
 *
 * <p>Each call is a span of kind {@link SpanKind#CLIENT} named {@code convai.<operation>} (such as
 * {@code convai.run_analysis}), a child of the span that is current when the call starts. Each
 * request it makes is a child span of kind {@code CLIENT} named {@code <method> <url.template>}
 * (such as {@code POST /v1/convai/conversations/{conversation_id}/analysis/run}), as the HTTP client
 * semantic conventions name a request span. Both carry {@code http.request.method}, {@code
 * server.address}, {@code server.port}, {@code url.template} and, when a response arrived, {@code
 * http.response.status_code}; a retry's request span also carries {@code
 * http.request.resend_count}. A failure sets the span's status to {@code ERROR} and {@code
 * error.type} to the status code (for a response of 400 or more), or else to the failure's
 * exception class on the call span and to its lower-case {@link FailureKind} on a request span; the
 * call span also gets an {@code exception} event. A scheduled retry is an event {@value
 * #RETRY_EVENT} on the call span, with its wait, reason and whether the server asked for it.
 * Attributes of this library's own are {@code convai.operation}, {@code convai.region}, {@code
 * convai.outcome}, {@code convai.attempts} and, on request only, {@code convai.conversation.id}.
 *
 * <p>The conversation id is left out by default, {@code url.full} therefore too (it contains the
 * id; {@code url.template} stands for it): trace backends index attributes, and an id may be
 * personal data in the application's eyes. Without the opt-in, the id is also replaced by {@code
 * {conversation_id}} in the exception event's message and stack trace. {@link
 * Builder#recordConversationId(boolean)} opts in.
 */
public final class OpenTelemetryCallListener implements HttpCallListener {

  /** The instrumentation scope name of the tracer. */
  public static final String INSTRUMENTATION_NAME = "dev.convai.observe.opentelemetry";

  /** The name of the event a scheduled retry adds to the call span. */
  public static final String RETRY_EVENT = "convai.retry_scheduled";

  static final AttributeKey<String> HTTP_REQUEST_METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<Long> HTTP_REQUEST_RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> EXCEPTION_TYPE = AttributeKey.stringKey("exception.type");
  static final AttributeKey<String> EXCEPTION_MESSAGE = AttributeKey.stringKey("exception.message");
  static final AttributeKey<String> EXCEPTION_STACKTRACE = AttributeKey.stringKey("exception.stacktrace");
  static final AttributeKey<String> OPERATION = AttributeKey.stringKey("convai.operation");
  static final AttributeKey<String> REGION = AttributeKey.stringKey("convai.region");
  static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("convai.outcome");
  static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("convai.attempts");
  static final AttributeKey<String> CONVERSATION_ID = AttributeKey.stringKey("convai.conversation.id");
  static final AttributeKey<Long> RETRY_NEXT_ATTEMPT = AttributeKey.longKey("convai.retry.next_attempt");
  static final AttributeKey<Long> RETRY_DELAY_MS = AttributeKey.longKey("convai.retry.delay_ms");
  static final AttributeKey<String> RETRY_REASON = AttributeKey.stringKey("convai.retry.reason");
  static final AttributeKey<Boolean> RETRY_SERVER_HINTED = AttributeKey.booleanKey("convai.retry.server_hinted");

  static final String ID_PLACEHOLDER = "{conversation_id}";

  private final Tracer tracer;
  private final boolean recordConversationId;

  private OpenTelemetryCallListener(Builder builder) {
    TracerBuilder tracerBuilder = builder.openTelemetry.tracerBuilder(INSTRUMENTATION_NAME);
    String version = OpenTelemetryCallListener.class.getPackage().getImplementationVersion();
    if (version != null) {
      tracerBuilder.setInstrumentationVersion(version);
    }
    this.tracer = tracerBuilder.build();
    this.recordConversationId = builder.recordConversationId;
  }

  /**
   * A listener that traces through this OpenTelemetry instance, without conversation ids.
   *
   * @param openTelemetry the application's OpenTelemetry (its SDK, or {@code GlobalOpenTelemetry.get()})
   * @return a listener to give to the adapter's builder
   */
  public static OpenTelemetryCallListener create(OpenTelemetry openTelemetry) {
    return builder(openTelemetry).build();
  }

  /**
   * A builder of a listener that traces through this OpenTelemetry instance.
   *
   * @param openTelemetry the application's OpenTelemetry
   * @return a builder with the conversation id left out
   */
  public static Builder builder(OpenTelemetry openTelemetry) {
    return new Builder(openTelemetry);
  }

  @Override
  public CallObserver callStarted(CallStarted call) {
    Context parent = Context.current();
    Span span =
        tracer
            .spanBuilder("convai." + call.operation().wireName())
            .setSpanKind(SpanKind.CLIENT)
            .setParent(parent)
            .setAllAttributes(requestAttributes(call))
            .setAttribute(OPERATION, call.operation().wireName())
            .setAttribute(REGION, call.region())
            .startSpan();
    if (recordConversationId) {
      call.conversationId().ifPresent(id -> span.setAttribute(CONVERSATION_ID, id.value()));
    }
    return new Observer(call, parent.with(span), span);
  }

  private static Attributes requestAttributes(CallStarted call) {
    return Attributes.of(
        HTTP_REQUEST_METHOD, call.operation().method(),
        SERVER_ADDRESS, call.serverAddress(),
        SERVER_PORT, (long) call.serverPort(),
        URL_TEMPLATE, call.operation().pathTemplate());
  }

  /** {@code error.type}: the status code of an error response, or else the given identifier. */
  static String errorType(OptionalInt status, String otherwise) {
    if (status.isPresent() && status.getAsInt() >= 400) {
      return Integer.toString(status.getAsInt());
    }
    return otherwise;
  }

  /** The id percent-encoded as one URL path segment (RFC 3986 unreserved characters kept). */
  static String pathSegment(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  static String kindTag(FailureKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** The spans of one call; the adapter calls it for one event at a time. */
  private final class Observer implements CallObserver {
    private final CallStarted call;
    private final Context callContext;
    private final Span callSpan;
    private final String attemptName;
    private Span attemptSpan;
    private OptionalInt lastStatus = OptionalInt.empty();
    private boolean finished;

    Observer(CallStarted call, Context callContext, Span callSpan) {
      this.call = call;
      this.callContext = callContext;
      this.callSpan = callSpan;
      this.attemptName = call.operation().method() + " " + call.operation().pathTemplate();
    }

    @Override
    public void attemptStarted(int attempt) {
      endAttempt(); // a start without the previous end: never leave a span open
      var builder =
          tracer
              .spanBuilder(attemptName)
              .setSpanKind(SpanKind.CLIENT)
              .setParent(callContext)
              .setAllAttributes(requestAttributes(call));
      if (attempt > 1) {
        builder.setAttribute(HTTP_REQUEST_RESEND_COUNT, (long) (attempt - 1));
      }
      attemptSpan = builder.startSpan();
    }

    @Override
    public void attemptFinished(AttemptFinished attempt) {
      if (attemptSpan == null) {
        attemptStarted(attempt.attempt()); // the span still shows the request and its result
      }
      attempt.status().ifPresent(status -> attemptSpan.setAttribute(HTTP_RESPONSE_STATUS_CODE, (long) status));
      attempt.failure().ifPresent(kind -> {
        String type = errorType(attempt.status(), kindTag(kind));
        attemptSpan.setAttribute(ERROR_TYPE, type);
        attemptSpan.setStatus(StatusCode.ERROR, type);
      });
      lastStatus = attempt.status();
      endAttempt();
    }

    @Override
    public void retryScheduled(RetryScheduled retry) {
      var attributes =
          Attributes.builder()
              .put(RETRY_NEXT_ATTEMPT, retry.nextAttempt())
              .put(RETRY_DELAY_MS, retry.delay().toMillis())
              .put(RETRY_REASON, kindTag(retry.reason()))
              .put(RETRY_SERVER_HINTED, retry.serverHinted());
      retry.status().ifPresent(status -> attributes.put(HTTP_RESPONSE_STATUS_CODE, (long) status));
      callSpan.addEvent(RETRY_EVENT, attributes.build());
    }

    @Override
    public void callFinished(CallFinished end) {
      if (finished) {
        return;
      }
      finished = true;
      endAttempt(); // a cancelled call's last request may have no end of its own
      callSpan.setAttribute(OUTCOME, end.outcome().tagValue());
      callSpan.setAttribute(ATTEMPTS, (long) end.attempts());
      OptionalInt status =
          end.outcome() == CallFinished.Outcome.CANCELLED
              ? OptionalInt.empty()
              : end.failure().map(ConversationAnalysisException::status).orElse(lastStatus);
      status.ifPresent(code -> callSpan.setAttribute(HTTP_RESPONSE_STATUS_CODE, (long) code));
      end.failure().ifPresent(failure -> recordFailure(failure, status));
      callSpan.end();
    }

    private void recordFailure(ConversationAnalysisException failure, OptionalInt status) {
      String type = errorType(status, failure.getClass().getName());
      callSpan.setAttribute(ERROR_TYPE, type);
      callSpan.setStatus(StatusCode.ERROR, kindTag(failure.kind()));
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      callSpan.addEvent(
          "exception",
          Attributes.of(
              EXCEPTION_TYPE, failure.getClass().getName(),
              EXCEPTION_MESSAGE, redact(String.valueOf(failure.getMessage())),
              EXCEPTION_STACKTRACE, redact(trace.toString())));
    }

    private String redact(String text) {
      Optional<String> id = call.conversationId().map(c -> c.value());
      if (recordConversationId || id.isEmpty()) {
        return text;
      }
      // Also as a URL carries it, should a cause's message quote the request's URL.
      return text.replace(id.get(), ID_PLACEHOLDER).replace(pathSegment(id.get()), ID_PLACEHOLDER);
    }

    private void endAttempt() {
      if (attemptSpan != null) {
        attemptSpan.end();
        attemptSpan = null;
      }
    }
  }

  /** Options of an {@link OpenTelemetryCallListener}. */
  public static final class Builder {
    private final OpenTelemetry openTelemetry;
    private boolean recordConversationId;

    private Builder(OpenTelemetry openTelemetry) {
      this.openTelemetry = Objects.requireNonNull(openTelemetry, "openTelemetry");
    }

    /**
     * Whether call spans carry the conversation id as {@code convai.conversation.id} (and exception
     * events keep it in their message). Off by default.
     *
     * @param record whether to record it
     * @return this builder
     */
    public Builder recordConversationId(boolean record) {
      this.recordConversationId = record;
      return this;
    }

    /**
     * The listener.
     *
     * @return a listener to give to the adapter's builder
     */
    public OpenTelemetryCallListener build() {
      return new OpenTelemetryCallListener(this);
    }
  }
}
