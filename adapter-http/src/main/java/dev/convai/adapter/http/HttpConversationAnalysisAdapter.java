package dev.convai.adapter.http;

import dev.convai.adapter.http.internal.HistoryCodec;
import dev.convai.adapter.http.observe.Operation;
import dev.convai.analysis.AnalysisScope;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.history.ConversationPage;
import dev.convai.history.ConversationQuery;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.ConversationAnalysisPort;
import dev.convai.port.ConversationHistoryPort;
import dev.convai.port.FailureDetails;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.client.impl.ClientPhase;
import io.vertx.ext.web.client.impl.WebClientInternal;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLException;

/**
 * The {@link ConversationAnalysisPort} against the ElevenLabs API: {@code POST
 * {base}/v1/convai/conversations/{id}/analysis/run} over a Vert.x Web Client.
 *
 * <pre>{@code
 * try (var adapter = HttpConversationAnalysisAdapter.builder()
 *     .apiKey(System.getenv("ELEVENLABS_API_KEY"))
 *     .region(Region.EU_RESIDENCY)
 *     .build()) {
 *   Conversation c = adapter.runAnalysis(ConversationId.of("conv_123")).toCompletableFuture().join();
 * }
 * }</pre>
 *
 * <h2>Timeouts</h2>
 *
 * <p>{@linkplain Builder#requestTimeout(Duration) The request timeout} (240 s by default) is a
 * deadline for each attempt, as in the official SDKs, that covers the whole exchange: waiting for a
 * free pooled connection, connecting, sending, the response headers <em>and the whole body</em>. A
 * server that sends headers and then stalls fails the attempt when the deadline passes. Decoding
 * the received body comes after the deadline and is not part of it. The waits between attempts
 * are not part of any attempt either, so a call with the defaults may take up to three deadlines
 * plus the waits. A timed-out attempt is not retried: the analysis may still be running on the
 * server, and another full wait is rarely what a caller wants.
 *
 * <p>{@link AnalysisOptions#timeout()} replaces that for one call with a deadline for the
 * <em>whole call</em>: every attempt and every wait between them. A retry whose wait would end
 * after that deadline is not started; the call then fails with the last attempt's failure.
 *
 * <p>The {@linkplain Builder#connectTimeout(Duration) connect timeout} (10 s by default) bounds
 * opening a TCP connection; a connection that could not be opened in time is a
 * {@link dev.convai.port.TransportException} and is retried. Waiting for a free connection when
 * {@linkplain Builder#maxConcurrentRequests(int) the pool} is busy counts against the request
 * deadline only.
 *
 * <h2>Retries</h2>
 *
 * <p>408, 409, 429, 5xx and connection failures (refused, reset or closed before the response
 * was complete, name resolution) are retried up to {@linkplain Builder#maxRetries(int) maxRetries}
 * times (2 by default: at most three requests). TLS failures are not retried. The wait before retry
 * {@code n} is {@code min(maxBackoff, initialBackoff * 2^(n-1))} less a random 0-25 %, unless the
 * response said how long to wait in {@code Retry-After-Ms}, {@code Retry-After} (seconds or
 * HTTP-date) or {@code X-RateLimit-Reset} (epoch seconds when at least 10^9, otherwise seconds from
 * now); that wait is used instead, capped at {@linkplain Builder#maxRetryAfter(Duration)
 * maxRetryAfter}. {@link AnalysisOptions#withoutRetries()} makes a call send exactly one request.
 *
 * <h2>Failures</h2>
 *
 * <p>Every failure arrives through the returned stage as one subclass of
 * {@link ConversationAnalysisException}, mapped as {@link ConversationAnalysisPort} describes;
 * 3xx responses are not followed (they would carry the key to another server) and fail as
 * {@link dev.convai.port.UnexpectedStatusException}. A body larger than
 * {@linkplain Builder#maxResponseBytes(int) maxResponseBytes} is not read to its end and fails as
 * {@link dev.convai.port.MalformedResponseException}, whatever the status: Web Client gives the
 * status only with the complete body, and an oversized body is in any case not a conversation
 * this adapter can use. The API key never appears in a message, an excerpt, a log record or
 * {@link #toString()}.
 *
 * <h2>Threads and lifecycle</h2>
 *
 * <p>Calls may be made from any thread; each call runs on one Vert.x event loop and its stage
 * completes there, so do not block in its callbacks. Decoding a success body runs on a Vert.x
 * worker thread. At most {@linkplain Builder#maxConcurrentRequests(int) maxConcurrentRequests}
 * requests are on the wire at once; the rest wait for a connection, and that wait counts against
 * their deadline. {@link #close()} fails the calls still running with a
 * {@link dev.convai.port.TransportException}, closes the Web Client and, if the adapter created its
 * own {@link Vertx}, that too. A caller-supplied {@code Vertx} must outlive the adapter.
 */
public final class HttpConversationAnalysisAdapter
    implements ConversationAnalysisPort, ConversationHistoryPort, AutoCloseable {

  private static final String API_KEY_ENV = "ELEVENLABS_API_KEY";

  private static final String BASE_URL_ENV = "ELEVENLABS_BASE_URL";

  private static final System.Logger LOG = System.getLogger(HttpConversationAnalysisAdapter.class.getName());
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

  private final Vertx vertx;
  private final boolean ownsVertx;
  private final WebClient client;
  private final Endpoint endpoint;
  private final String apiKey;
  private final String userAgent;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final RetryPolicy retryPolicy;
  private final int maxConcurrentRequests;
  private final int maxResponseBytes;
  private final Clock clock;
  private final Failures failures;
  private final Set<Exchange<?>> inFlight = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();

  private HttpConversationAnalysisAdapter(Builder b, Endpoint endpoint) {
    this.endpoint = endpoint;
    this.apiKey = b.apiKey;
    this.userAgent = b.userAgent;
    this.connectTimeout = b.connectTimeout;
    this.requestTimeout = b.requestTimeout;
    this.maxConcurrentRequests = b.maxConcurrentRequests;
    this.maxResponseBytes = b.maxResponseBytes;
    this.clock = b.clock;
    this.failures = new Failures(b.apiKey);
    RandomGenerator random = b.random;
    DoubleSupplier jitter =
        random == null
            ? () -> ThreadLocalRandom.current().nextDouble()
            : () -> {
              // A caller's generator need not be thread-safe; calls run on several event loops.
              synchronized (random) {
                return random.nextDouble();
              }
            };
    this.retryPolicy = new RetryPolicy(b.maxRetries, b.initialBackoff, b.maxBackoff, b.maxRetryAfter, jitter);
    this.ownsVertx = b.vertx == null;
    this.vertx = ownsVertx ? Vertx.vertx() : b.vertx;
    WebClientOptions options =
        new WebClientOptions()
            .setUserAgent(userAgent)
            .setFollowRedirects(false)
            .setConnectTimeout(saturatedMillis(connectTimeout))
            .setDecompressionSupported(true);
    PoolOptions pool = new PoolOptions().setHttp1MaxSize(maxConcurrentRequests).setHttp2MaxSize(maxConcurrentRequests);
    WebClient created;
    try {
      created = WebClient.create(vertx, options, pool);
    } catch (RuntimeException e) {
      if (ownsVertx) {
        vertx.close();
      }
      throw e;
    }
    this.client = created;
    closeConnectionsOfRefusedBodies(created);
  }

  /**
   * When a body is refused (over the size limit) or abandoned (past the deadline), Web Client goes
   * on reading the rest of it to reuse the connection, so an endless body would hold its pooled
   * connection for ever. Closing the connection instead frees the pool at once. Web Client has no
   * public hook for this; its interceptor API, present in the pinned Vert.x version, is the one
   * place that sees the response of a failed exchange.
   */
  private static void closeConnectionsOfRefusedBodies(WebClient client) {
    ((WebClientInternal) client)
        .addInterceptor(
            context -> {
              if (context.phase() == ClientPhase.RECEIVE_RESPONSE) {
                HttpClientResponse response = context.clientResponse();
                context
                    .future()
                    .onFailure(
                        failure -> {
                          if (failure instanceof BoundedBodyCodec.TooLargeException
                              || failure instanceof BoundedBodyCodec.AbandonedException) {
                            response.request().connection().close();
                          }
                        });
              }
              context.next();
            });
  }

  /** A builder; only the API key is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An adapter configured from the environment: the key from {@code ELEVENLABS_API_KEY}, and the
   * base URL from {@code ELEVENLABS_BASE_URL} when that is set (otherwise {@link Region#DEFAULT}).
   * Everything else has its default.
   *
   * @throws IllegalStateException if {@code ELEVENLABS_API_KEY} is not set or blank
   * @throws IllegalArgumentException if {@code ELEVENLABS_BASE_URL} is not an acceptable base URL
   */
  public static HttpConversationAnalysisAdapter fromEnv() {
    return builderFromEnv(System::getenv).build();
  }

  /** {@link #fromEnv()} over any environment, for tests. */
  static Builder builderFromEnv(Function<String, String> env) {
    String key = env.apply(API_KEY_ENV);
    if (key == null || key.isBlank()) {
      throw new IllegalStateException("Environment variable " + API_KEY_ENV + " is not set");
    }
    Builder builder = builder().apiKey(key.trim());
    String baseUrl = env.apply(BASE_URL_ENV);
    if (baseUrl != null && !baseUrl.isBlank()) {
      builder.baseUrl(baseUrl.trim());
    }
    return builder;
  }

  /**
   * {@inheritDoc}
   *
   * @throws NullPointerException if {@code id} or {@code options} is {@code null}: the only
   *     exception this method throws; every failure of the call itself arrives through the stage
   */
  @Override
  public CompletionStage<Conversation> runAnalysis(ConversationId id, AnalysisOptions options) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(options, "options");
    return exchange(
            Operation.RUN_ANALYSIS,
            Optional.of(id),
            endpoint.runAnalysisPath(id),
            List.of(),
            Optional.empty(),
            options,
            conversationOf(id))
        .minimalCompletionStage();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Sends {@code {"evaluation_id": ...}} (no scope: the API's default) to
   * {@code POST /v1/convai/conversations/{id}/analysis/evaluations/run}.
   *
   * @throws IllegalArgumentException if {@code evaluationId} is blank, before any request
   */
  @Override
  public CompletionStage<Conversation> runEvaluation(ConversationId id, String evaluationId, AnalysisOptions options) {
    return evaluation(id, evaluationId, Optional.empty(), options);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Sends {@code {"evaluation_id": ..., "scope": ...}}.
   *
   * @throws IllegalArgumentException if {@code evaluationId} is blank, before any request
   */
  @Override
  public CompletionStage<Conversation> runEvaluation(
      ConversationId id, String evaluationId, AnalysisScope scope, AnalysisOptions options) {
    return evaluation(id, evaluationId, Optional.of(Objects.requireNonNull(scope, "scope")), options);
  }

  private CompletionStage<Conversation> evaluation(
      ConversationId id, String evaluationId, Optional<AnalysisScope> scope, AnalysisOptions options) {
    Objects.requireNonNull(id, "id");
    ConversationAnalysisPort.requireEvaluationId(evaluationId);
    Objects.requireNonNull(options, "options");
    return exchange(
            Operation.RUN_EVALUATION,
            Optional.of(id),
            endpoint.conversationPath(id, "/analysis/evaluations/run"),
            List.of(),
            Optional.of(HistoryCodec.evaluationRequest(evaluationId, scope)),
            options,
            conversationOf(id))
        .minimalCompletionStage();
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code GET /v1/convai/conversations/{id}}, the JSON format.
   */
  @Override
  public CompletionStage<Conversation> getConversation(ConversationId id, AnalysisOptions options) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(options, "options");
    return exchange(
            Operation.GET_CONVERSATION,
            Optional.of(id),
            endpoint.conversationPath(id, ""),
            List.of(),
            Optional.empty(),
            options,
            conversationOf(id))
        .minimalCompletionStage();
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code GET /v1/convai/conversations} with one query parameter per filter the query sets
   * (list filters repeat their parameter), in the API's parameter order.
   */
  @Override
  public CompletionStage<ConversationPage> listConversations(ConversationQuery query, AnalysisOptions options) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(options, "options");
    return exchange(
            Operation.LIST_CONVERSATIONS,
            Optional.empty(),
            endpoint.path("/v1/convai/conversations"),
            ListParameters.of(query),
            Optional.empty(),
            options,
            HistoryCodec::decodePage)
        .minimalCompletionStage();
  }

  /**
   * A decoder of a whole conversation that must be the one asked for: the body of run-analysis,
   * run-evaluation and get-conversation.
   */
  static BodyDecoder<Conversation> conversationOf(ConversationId id) {
    return (body, details) -> {
      Conversation conversation = ConversationJson.decodeResponse(body, details);
      if (conversation == null) {
        throw new UnusableBodyException("no conversation in the body");
      }
      if (!id.equals(conversation.conversationId())) {
        throw new UnusableBodyException("the body is for conversation " + conversation.conversationId());
      }
      return conversation;
    };
  }

  /**
   * Turns a success body into a call's result. Runs off the event loop. A
   * {@link ConversationAnalysisException} it throws is the call's failure (redacted); an
   * {@link UnusableBodyException} or any other exception makes it a
   * {@link dev.convai.port.MalformedResponseException}.
   *
   * @param <T> the call's result type
   */
  @FunctionalInterface
  interface BodyDecoder<T> {

    /**
     * @param body the whole response body
     * @param details the failure details to attach to a failure of this body
     * @return the result; never {@code null}
     */
    T decode(byte[] body, FailureDetails details) throws Exception;
  }

  /** A body that parsed but cannot be the answer asked for; the message says why, without quoting the body. */
  static final class UnusableBodyException extends Exception {
    private static final long serialVersionUID = 1L;

    UnusableBodyException(String problem) {
      super(problem, null, false, false);
    }
  }

  /**
   * Runs one call of any operation through the one machinery: deadlines, retries, failures,
   * {@link #close()}, the body limit and decoding off the event loop. Never throws for a failure
   * of the call; every failure arrives through the returned future.
   *
   * @param operation which endpoint; its {@link Operation#method()} is the request's method
   * @param id the conversation the call is for; absent for a list call
   * @param path the request target without query, from {@link Endpoint}
   * @param query query parameters in order; a name may repeat
   * @param body a JSON request body, sent as {@code application/json}
   * @param options retries and deadline for this call
   * @param decoder turns a 2xx body into the result
   */
  <T> CompletableFuture<T> exchange(
      Operation operation,
      Optional<ConversationId> id,
      String path,
      List<Map.Entry<String, String>> query,
      Optional<byte[]> body,
      AnalysisOptions options,
      BodyDecoder<T> decoder) {
    Exchange<T> call =
        new Exchange<>(new Failures.Target(operation, id), path, List.copyOf(query), body, options, decoder);
    try {
      call.start();
    } catch (RuntimeException e) {
      call.fail(failures.transport(call.target, 1, e));
    }
    return call.result;
  }

  /**
   * Fails the calls still running, then closes the Web Client and, if this adapter created its
   * own {@link Vertx}, that too (waiting up to 10 s for it unless called on a Vert.x thread).
   * Idempotent; never throws.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    for (Exchange<?> call : inFlight) {
      try {
        call.fail(failures.closed(call.target, call.attempts));
      } catch (RuntimeException e) {
        LOG.log(Level.DEBUG, "Could not fail a call on close: {0}", e.getClass().getName());
      }
    }
    try {
      client.close();
    } catch (RuntimeException e) {
      LOG.log(Level.DEBUG, "Closing the web client failed: {0}", failures.describe(e));
    }
    if (ownsVertx) {
      try {
        Future<Void> done = vertx.close();
        if (Context.isOnVertxThread()) {
          return; // Waiting here would block the very threads that do the closing.
        }
        done.toCompletionStage().toCompletableFuture().get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        LOG.log(Level.DEBUG, "Closing Vert.x did not finish cleanly: {0}", failures.describe(e));
      }
    }
  }

  /** The base URL and settings; never the API key. */
  @Override
  public String toString() {
    return "HttpConversationAnalysisAdapter[baseUrl="
        + endpoint
        + ", requestTimeout="
        + requestTimeout
        + ", connectTimeout="
        + connectTimeout
        + ", "
        + retryPolicy
        + ", maxConcurrentRequests="
        + maxConcurrentRequests
        + ", maxResponseBytes="
        + maxResponseBytes
        + ", apiKey="
        + Failures.REDACTED
        + "]";
  }

  private static int saturatedMillis(Duration d) {
    long ms = Math.max(1, d.toMillis());
    return ms > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) ms;
  }

  /** One attempt's own state; read and written only on its call's context. */
  private static final class Attempt {
    final int number;
    final Duration deadline;
    long timer = -1;
    /** Set once the attempt has an outcome (response, failure or deadline); later news is ignored. */
    volatile boolean finished;

    Attempt(int number, Duration deadline) {
      this.number = number;
      this.deadline = deadline;
    }
  }

  /**
   * One call: its attempts, the waits between them, and its one result. Everything but
   * {@link #fail} runs on the call's own Vert.x context, one step at a time, so its fields need no
   * locking; the result is a {@link CompletableFuture}, so it completes once even when
   * {@link #close()} races with a response.
   */
  private final class Exchange<T> {
    final Failures.Target target;
    final String path;
    final List<Map.Entry<String, String>> query;
    final Optional<byte[]> body;
    final AnalysisOptions options;
    final BodyDecoder<T> decoder;
    final CompletableFuture<T> result = new CompletableFuture<>();
    final Optional<Duration> callTimeout;
    final long callDeadlineNanos;
    volatile int attempts;

    Exchange(
        Failures.Target target,
        String path,
        List<Map.Entry<String, String>> query,
        Optional<byte[]> body,
        AnalysisOptions options,
        BodyDecoder<T> decoder) {
      this.target = target;
      this.path = path;
      this.query = query;
      this.body = body;
      this.options = options;
      this.decoder = decoder;
      this.callTimeout = options.timeout();
      this.callDeadlineNanos = callTimeout.map(t -> System.nanoTime() + t.toNanos()).orElse(Long.MAX_VALUE);
    }

    void start() {
      if (closed.get()) {
        fail(failures.closed(target, 0));
        return;
      }
      inFlight.add(this);
      if (closed.get()) { // close() may have run between the check and the add
        fail(failures.closed(target, 0));
        return;
      }
      // All steps of the call run on this one context: no two of them ever run at once.
      Context context = vertx.getOrCreateContext();
      context.runOnContext(v -> guarded(this::attempt));
    }

    void attempt() {
      if (result.isDone()) {
        return;
      }
      if (closed.get()) {
        fail(failures.closed(target, attempts));
        return;
      }
      Duration budget;
      Duration reported;
      if (callTimeout.isPresent()) {
        long remaining = callDeadlineNanos - System.nanoTime();
        if (remaining <= 0) {
          fail(failures.timeout(target, Math.max(1, attempts), callTimeout.get()));
          return;
        }
        budget = Duration.ofNanos(remaining);
        reported = callTimeout.get();
      } else {
        budget = requestTimeout;
        reported = requestTimeout;
      }
      attempts++;
      Attempt attempt = new Attempt(attempts, reported);
      long budgetMillis = Math.max(1, budget.toMillis());
      attempt.timer = vertx.setTimer(budgetMillis, t -> guarded(() -> onDeadline(attempt)));
      HttpRequest<byte[]> request =
          client
              .request(HttpMethod.valueOf(target.operation().method()), endpoint.port(), endpoint.host(), path)
              .ssl(endpoint.tls())
              .putHeader("xi-api-key", apiKey)
              .putHeader("Accept", "application/json")
              .putHeader("User-Agent", userAgent)
              .followRedirects(false)
              // For a request this bounds getting a pooled connection, waiting for a free one
              // included: the attempt's own deadline. The TCP connect timeout is the client's.
              .connectTimeout(budgetMillis)
              // Frees the connection of a server that stalls; the deadline timer decides the outcome.
              .idleTimeout(budgetMillis)
              .as(new BoundedBodyCodec(maxResponseBytes, () -> attempt.finished));
      for (Map.Entry<String, String> parameter : query) {
        request.addQueryParam(parameter.getKey(), parameter.getValue());
      }
      LOG.log(Level.TRACE, "{0} of {1}: attempt {2}", target.operation().wireName(), target.subject(), attempt.number);
      Future<HttpResponse<byte[]>> sent;
      try {
        if (body.isPresent()) {
          request.putHeader("Content-Type", "application/json");
          sent = request.sendBuffer(Buffer.buffer(body.get()));
        } else {
          sent = request.send();
        }
      } catch (RuntimeException e) {
        sent = Future.failedFuture(e);
      }
      sent.onComplete(ar -> guarded(() -> onAttemptDone(attempt, ar)));
    }

    void onDeadline(Attempt attempt) {
      if (attempt.finished) {
        return;
      }
      attempt.finished = true;
      fail(failures.timeout(target, attempt.number, attempt.deadline));
    }

    void onAttemptDone(Attempt attempt, AsyncResult<HttpResponse<byte[]>> outcome) {
      vertx.cancelTimer(attempt.timer);
      if (attempt.finished) {
        return;
      }
      attempt.finished = true;
      if (result.isDone()) {
        return;
      }
      if (outcome.failed()) {
        onNoResponse(attempt, outcome.cause());
        return;
      }
      HttpResponse<byte[]> response = outcome.result();
      int status = response.statusCode();
      byte[] received = response.body() == null ? new byte[0] : response.body();
      if (status >= 200 && status <= 299) {
        decode(attempt, status, received);
        return;
      }
      Optional<Duration> hint = RetryHints.fromHeaders(response::getHeader, clock.instant());
      ConversationAnalysisException failure = failures.forStatus(target, status, attempt.number, received, hint);
      if (RetryPolicy.retryableStatus(status)) {
        retryOrFail(attempt, failure, hint);
      } else {
        fail(failure);
      }
    }

    void onNoResponse(Attempt attempt, Throwable cause) {
      if (cause instanceof BoundedBodyCodec.TooLargeException) {
        fail(failures.tooLarge(target, attempt.number, (BoundedBodyCodec.TooLargeException) cause));
      } else if (closed.get()) {
        fail(failures.closed(target, attempt.number));
      } else if (has(cause, TimeoutException.class)) {
        // Vert.x's idle timeout: it is set to the attempt's deadline, so the deadline has passed.
        fail(failures.timeout(target, attempt.number, attempt.deadline));
      } else if (has(cause, SSLException.class)) {
        fail(failures.transport(target, attempt.number, cause));
      } else {
        retryOrFail(attempt, failures.transport(target, attempt.number, cause), Optional.empty());
      }
    }

    void retryOrFail(Attempt attempt, ConversationAnalysisException failure, Optional<Duration> hint) {
      if (!options.retries() || attempt.number > retryPolicy.maxRetries() || closed.get()) {
        fail(failure);
        return;
      }
      Duration wait = retryPolicy.delayBefore(attempt.number, hint);
      if (callTimeout.isPresent() && System.nanoTime() + wait.toNanos() >= callDeadlineNanos) {
        fail(failure);
        return;
      }
      LOG.log(
          Level.DEBUG,
          "Retrying {0} in {1} (attempt {2} of {3}): {4}",
          target.processLower(),
          Failures.human(wait),
          attempt.number + 1,
          retryPolicy.maxRetries() + 1,
          failure.getMessage());
      vertx.setTimer(Math.max(1, wait.toMillis()), t -> guarded(this::attempt));
    }

    void decode(Attempt attempt, int status, byte[] received) {
      FailureDetails details = failures.details(target, OptionalInt.of(status), attempt.number, received);
      // Decoding a large conversation is CPU work that must not hold up the event loop.
      vertx
          .executeBlocking(() -> decoder.decode(received, details), false)
          .onComplete(ar -> guarded(() -> onDecoded(attempt, status, received, ar)));
    }

    void onDecoded(Attempt attempt, int status, byte[] received, AsyncResult<T> decoded) {
      if (decoded.failed()) {
        Throwable cause = decoded.cause();
        if (cause instanceof ConversationAnalysisException) {
          fail(failures.scrub((ConversationAnalysisException) cause));
        } else if (closed.get()) {
          fail(failures.closed(target, attempt.number));
        } else if (cause instanceof UnusableBodyException) {
          fail(failures.malformed(target, status, attempt.number, received, cause.getMessage(), null));
        } else {
          fail(failures.malformed(target, status, attempt.number, received, failures.describe(cause), cause));
        }
        return;
      }
      T value = decoded.result();
      if (value == null) {
        fail(failures.malformed(target, status, attempt.number, received, "nothing decoded from the body", null));
      } else {
        succeed(value);
      }
    }

    void succeed(T value) {
      inFlight.remove(this);
      result.complete(value);
    }

    void fail(ConversationAnalysisException failure) {
      inFlight.remove(this);
      result.completeExceptionally(failure);
    }

    /** Runs a step; a bug in it fails the call instead of leaving it hanging. */
    void guarded(Runnable step) {
      try {
        step.run();
      } catch (RuntimeException | Error e) {
        if (e instanceof VirtualMachineError) {
          throw e;
        }
        fail(failures.transport(target, Math.max(1, attempts), e));
      }
    }
  }

  private static boolean has(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Configures an {@link HttpConversationAnalysisAdapter}. Only the API key is required; the
   * defaults are those of the official SDKs where they have one.
   */
  public static final class Builder {
    private String apiKey;
    private String baseUrl = Region.DEFAULT.baseUrl().toString();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(240);
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private int maxConcurrentRequests = 16;
    private int maxResponseBytes = 32 * 1024 * 1024;
    private Vertx vertx;
    private String userAgent = defaultUserAgent();
    private boolean allowInsecureHttp;
    private RandomGenerator random;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The API key, sent as the {@code xi-api-key} header. Required. */
    public Builder apiKey(String apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      return this;
    }

    /** One of the API's servers; the default is {@link Region#DEFAULT}. Replaces any {@link #baseUrl}. */
    public Builder region(Region region) {
      this.baseUrl = Objects.requireNonNull(region, "region").baseUrl().toString();
      return this;
    }

    /**
     * Any base URL, such as a proxy; may end in a path prefix ({@code https://proxy.example/elevenlabs}).
     * Replaces any {@link #region}. Plain {@code http} is accepted only for loopback hosts unless
     * {@link #allowInsecureHttp(boolean)} is set. A URL ending in {@code /v1} is refused at
     * {@code build()}: the adapter appends the API's {@code /v1/...} paths itself.
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * How long opening a TCP connection may take; 10 s by default. Waiting for a free connection
     * of the pool is bounded by the request deadline instead.
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * The deadline of each attempt, covering the response headers and the whole body; 240 s by
     * default. See the class documentation for how it combines with retries.
     */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = positive(requestTimeout, "requestTimeout");
      return this;
    }

    /** How many times a retryable failure is retried; 2 by default (at most 3 requests), 0 for none. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > 100) {
        throw new IllegalArgumentException("maxRetries must be between 0 and 100, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** The wait before the first retry and the longest wait between retries; 500 ms and 8 s by default. */
    public Builder backoff(Duration initial, Duration max) {
      positive(initial, "initial backoff");
      positive(max, "max backoff");
      if (initial.compareTo(max) > 0) {
        throw new IllegalArgumentException("initial backoff " + initial + " is longer than max backoff " + max);
      }
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    /** The longest wait a server's retry hint can impose; 60 s by default. */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
      if (maxRetryAfter.isNegative()) {
        throw new IllegalArgumentException("maxRetryAfter must not be negative, was " + maxRetryAfter);
      }
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /** How many requests may be on the wire at once (the connection pool's size); 16 by default. */
    public Builder maxConcurrentRequests(int maxConcurrentRequests) {
      if (maxConcurrentRequests < 1) {
        throw new IllegalArgumentException("maxConcurrentRequests must be at least 1, was " + maxConcurrentRequests);
      }
      this.maxConcurrentRequests = maxConcurrentRequests;
      return this;
    }

    /** The largest response body read; 32 MiB by default. Larger bodies fail as malformed. */
    public Builder maxResponseBytes(int maxResponseBytes) {
      if (maxResponseBytes < 1) {
        throw new IllegalArgumentException("maxResponseBytes must be at least 1, was " + maxResponseBytes);
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * A {@link Vertx} to run on, which the caller keeps and closes after the adapter. Without one,
     * the adapter creates its own and {@link HttpConversationAnalysisAdapter#close()} closes it.
     */
    public Builder vertx(Vertx vertx) {
      this.vertx = Objects.requireNonNull(vertx, "vertx");
      return this;
    }

    /** The {@code User-Agent} header; {@code convai-analysis-java/<version>} by default. */
    public Builder userAgent(String userAgent) {
      this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
      return this;
    }

    /**
     * Allows a plain-{@code http} base URL to a host that is not loopback. Off by default: over
     * plain http the API key crosses the network readable by anyone on the path.
     */
    public Builder allowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
      return this;
    }

    /** The source of backoff jitter, for tests that need repeatable waits. */
    Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** The clock that HTTP-date and epoch retry hints are read against, for tests. */
    Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The adapter.
     *
     * @throws IllegalStateException if no API key was given
     * @throws IllegalArgumentException if the key or user agent cannot be sent as a header, or the
     *     base URL is not acceptable (see {@link #baseUrl(String)})
     */
    public HttpConversationAnalysisAdapter build() {
      if (apiKey == null) {
        throw new IllegalStateException("No API key: set apiKey(...) or use fromEnv()");
      }
      // The messages below never quote the key: they would print it.
      if (apiKey.isEmpty() || !apiKey.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
        throw new IllegalArgumentException("The API key must be non-empty printable ASCII without spaces");
      }
      if (userAgent.isBlank() || !userAgent.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
        throw new IllegalArgumentException("The user agent must be non-blank printable ASCII");
      }
      Endpoint endpoint = Endpoint.parse(baseUrl, allowInsecureHttp);
      return new HttpConversationAnalysisAdapter(this, endpoint);
    }

    /** The settings; never the API key. */
    @Override
    public String toString() {
      return "HttpConversationAnalysisAdapter.Builder[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : Failures.REDACTED) + "]";
    }

    private static Duration positive(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive, was " + d);
      }
      return d;
    }

    private static String defaultUserAgent() {
      String version = HttpConversationAnalysisAdapter.class.getPackage().getImplementationVersion();
      return "convai-analysis-java/" + (version == null ? "dev" : version);
    }
  }
}
