package dev.convai.adapter.http;

import dev.convai.adapter.http.internal.HistoryCodec;
import dev.convai.adapter.http.internal.WireCodec;
import dev.convai.adapter.http.observe.AttemptFinished;
import dev.convai.adapter.http.observe.CallFinished;
import dev.convai.adapter.http.observe.CallObserver;
import dev.convai.adapter.http.observe.CallStarted;
import dev.convai.adapter.http.observe.HttpCallListener;
import dev.convai.adapter.http.observe.Operation;
import dev.convai.adapter.http.observe.RetryScheduled;
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
import dev.convai.port.FailureKind;
import dev.convai.port.MalformedResponseException;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpResponseHead;
import io.vertx.core.http.HttpVersion;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
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
 * <h2>Operations</h2>
 *
 * <p>Besides {@code runAnalysis}, the adapter re-runs one evaluation
 * ({@link #runEvaluation(ConversationId, String, AnalysisOptions)}) and reads the history
 * ({@link ConversationHistoryPort}: get one conversation without re-running it, list with every
 * filter of the API, page through lazily). All of them go through the same machinery: the same
 * retries, deadlines, failures, listeners, proxy and key handling, and each returns a
 * {@link CompletableFuture} whose cancellation aborts its request as for {@code runAnalysis}.
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
 * {@link dev.convai.port.MalformedResponseException}, whatever the status (which it reports):
 * an error's body is only read whole, and an oversized body is in any case not a conversation
 * this adapter can use. The API key never appears in a message, an excerpt, a log record or
 * {@link #toString()}. A failure with a response carries its status line and the headers that
 * identify the request ({@link ConversationAnalysisException#requestId()}); for a success,
 * {@link #withRawResponse()} gives the same with the value. A call on a closed adapter, or one
 * still running when it is closed, fails as {@link dev.convai.port.AdapterClosedException}, which
 * is final: never retry it.
 *
 * <h2>Threads and lifecycle</h2>
 *
 * <p>Calls may be made from any thread. Each call's requests, retries and deadlines run on one
 * Vert.x event loop; by default decoding the body runs on one of the adapter's own threads
 * ({@code convai-http-*}, never an event loop), and the returned future completes on that same
 * thread, so blocking in a callback (even on another call) is safe.
 * {@linkplain Builder#callbackExecutor(java.util.concurrent.Executor) callbackExecutor} makes the
 * futures complete on an executor of the caller's (and small bodies decode on the event loop).
 * {@code join()} or {@code get()} of an unfinished call on a Vert.x event loop throws
 * {@link IllegalStateException} at once: it could only hang. At most {@linkplain Builder#maxConcurrentRequests(int) maxConcurrentRequests}
 * requests are on the wire at once; the rest wait for a connection, and that wait counts against
 * their deadline. {@link #close()} fails the calls still running, closes the Web Client and, if
 * the adapter created its own {@link Vertx}, that too. A caller-supplied {@code Vertx} must
 * outlive the adapter.
 *
 * <p>{@link Builder#build()} starts a {@linkplain #warmUp() warm-up} in the background, so that
 * the first call does not pay for setting up the HTTP codec, Jackson, the mapper and the domain
 * classes (most of a fresh JVM's first call); {@link #warmUp()} tells when it is done.
 *
 * <h2>Cancellation</h2>
 *
 * <p>Cancelling a call's future, or its expiring through {@code orTimeout}, resets the request in
 * flight: its connection closes and leaves the pool at once, a retry that was waiting is dropped,
 * and {@linkplain Builder#listener listeners} see the call end as cancelled.
 *
 * <h2>Proxies and observation</h2>
 *
 * <p>{@linkplain Builder#proxy(String) A forward proxy} (or {@linkplain Builder#proxyFromEnv() the
 * one the environment names}) carries every request; https through a {@code CONNECT} tunnel.
 * {@linkplain Builder#listener(HttpCallListener) Listeners} are told of every call, attempt,
 * retry and outcome (see {@link dev.convai.adapter.http.observe}).
 */
public final class HttpConversationAnalysisAdapter
    implements ConversationAnalysisPort, ConversationHistoryPort, AutoCloseable {

  private static final String API_KEY_ENV = "ELEVENLABS_API_KEY";

  private static final String BASE_URL_ENV = "ELEVENLABS_BASE_URL";

  private static final System.Logger LOG = System.getLogger(HttpConversationAnalysisAdapter.class.getName());
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);
  private static final AtomicInteger ADAPTERS = new AtomicInteger();
  /** The warm-up of this class loader, once one adapter has started it: the work is shared. */
  private static final AtomicReference<CompletableFuture<Void>> WARM_UP = new AtomicReference<>();
  /** The largest body decoded on the event loop when a callback executor takes the completion. */
  static final int DECODE_ON_EVENT_LOOP_MAX_BYTES = 64 * 1024;

  private final Vertx vertx;
  private final boolean ownsVertx;
  private final WebClient client;
  private final Endpoint endpoint;
  private final String regionTag;
  private final String apiKey;
  private final String userAgent;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final RetryPolicy retryPolicy;
  private final int maxConcurrentRequests;
  private final int maxResponseBytes;
  private final Clock clock;
  private final Failures failures;
  private final Listeners listeners;
  private final Optional<ProxySettings> proxy;
  /** The adapter's own threads: decoding always runs here, and stages complete here by default. */
  private final ExecutorService workers;
  /** Where stages complete; {@code null} for the default, {@link #workers}. */
  private final Executor callbackExecutor;
  private final Set<Exchange<?, ?>> inFlight = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();

  private HttpConversationAnalysisAdapter(Builder b, Endpoint endpoint) {
    this.endpoint = endpoint;
    this.regionTag = b.regionTag;
    this.apiKey = b.apiKey;
    this.userAgent = b.userAgent;
    this.connectTimeout = b.connectTimeout;
    this.requestTimeout = b.requestTimeout;
    this.maxConcurrentRequests = b.maxConcurrentRequests;
    this.maxResponseBytes = b.maxResponseBytes;
    this.clock = b.clock;
    this.failures = new Failures(b.apiKey);
    this.listeners = new Listeners(b.listeners, failures);
    this.proxy = b.proxy.filter(p -> !p.bypasses(endpoint.host()));
    this.callbackExecutor = b.callbackExecutor;
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
    this.workers = newWorkers();
    this.ownsVertx = b.vertx == null;
    this.vertx = ownsVertx ? Vertx.vertx() : b.vertx;
    WebClientOptions options =
        new WebClientOptions()
            .setUserAgent(userAgent)
            .setFollowRedirects(false)
            .setConnectTimeout(saturatedMillis(connectTimeout))
            .setDecompressionSupported(true);
    proxy.ifPresent(p -> options.setProxyOptions(p.toProxyOptions()));
    PoolOptions pool = new PoolOptions().setHttp1MaxSize(maxConcurrentRequests).setHttp2MaxSize(maxConcurrentRequests);
    WebClient created;
    try {
      created = WebClient.create(vertx, options, pool);
    } catch (RuntimeException e) {
      workers.shutdown();
      if (ownsVertx) {
        vertx.close();
      }
      throw e;
    }
    this.client = created;
    watchExchanges(created);
  }

  /**
   * Threads that are never a Vert.x event loop, made as needed and kept a minute when idle, so
   * that a caller may block in a stage's callback (even on another call of this adapter) without
   * starving the thread that would complete it. Daemon threads: they never keep a JVM alive.
   */
  private static ExecutorService newWorkers() {
    int adapter = ADAPTERS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    ThreadFactory factory =
        task -> {
          Thread thread = new Thread(task, "convai-http-" + adapter + "-" + threads.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), factory);
  }

  /**
   * Web Client has no public hook on the connection of one request; its interceptor API, present
   * in the pinned Vert.x version, is the one place that sees it. Through it each attempt learns
   * its {@link HttpClientRequest}, so that a cancel or a deadline can {@code reset()} it and free
   * the connection at once. When a body is refused (over the size limit) or abandoned (deadline or
   * cancel), Web Client would go on reading the rest of it to reuse the connection, so an endless
   * body would hold its pooled connection for ever: the connection is closed instead.
   */
  private static void watchExchanges(WebClient client) {
    ((WebClientInternal) client)
        .addInterceptor(
            context -> {
              if (context.request().bodyCodec() instanceof BoundedBodyCodec) {
                BoundedBodyCodec codec = (BoundedBodyCodec) context.request().bodyCodec();
                if (context.phase() == ClientPhase.SEND_REQUEST && !codec.hooks().requestSent(context.clientRequest())) {
                  context.fail(new BoundedBodyCodec.AbandonedException()); // abandoned while it waited for a connection
                  return;
                }
                if (context.phase() == ClientPhase.RECEIVE_RESPONSE) {
                  HttpClientResponse response = context.clientResponse();
                  codec.hooks().responseReceived(response);
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
              }
              context.next();
            });
  }

  /** A builder; only the API key is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An adapter configured from the environment: the key from {@code ELEVENLABS_API_KEY}, the
   * base URL from {@code ELEVENLABS_BASE_URL} when that is set (otherwise {@link Region#DEFAULT}),
   * and a proxy from {@code HTTPS_PROXY} / {@code HTTP_PROXY} / {@code NO_PROXY} as curl reads
   * them (see {@link Builder#proxyFromEnv()}). Everything else has its default.
   *
   * @throws IllegalStateException if {@code ELEVENLABS_API_KEY} is not set or blank
   * @throws IllegalArgumentException if {@code ELEVENLABS_BASE_URL} is not an acceptable base URL,
   *     or a proxy variable that applies is not an acceptable proxy URL
   */
  public static HttpConversationAnalysisAdapter fromEnv() {
    return builder().fromEnv().build();
  }

  /** {@link #fromEnv()} over any environment, for tests. */
  static Builder builderFromEnv(Function<String, String> env) {
    return builder().environment(env);
  }

  /**
   * Runs the analysis with the adapter's default options; see
   * {@link #runAnalysis(ConversationId, AnalysisOptions)}.
   *
   * @throws NullPointerException if {@code id} is {@code null}
   */
  @Override
  public CompletableFuture<Conversation> runAnalysis(ConversationId id) {
    return runAnalysis(id, AnalysisOptions.defaults());
  }

  /**
   * {@inheritDoc}
   *
   * <p>The returned future completes off the Vert.x event loops (see the class documentation);
   * {@linkplain CompletableFuture#cancel(boolean) cancelling} it, or its expiring through
   * {@link CompletableFuture#orTimeout}, aborts the request in flight and starts no retry.
   *
   * @throws NullPointerException if {@code id} or {@code options} is {@code null}: the only
   *     exception this method throws; every failure of the call itself arrives through the future
   */
  @Override
  public CompletableFuture<Conversation> runAnalysis(ConversationId id, AnalysisOptions options) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(options, "options");
    return exchange(
        Operation.RUN_ANALYSIS, Optional.of(id), endpoint.runAnalysisPath(id), List.of(), Optional.empty(), options, conversationOf(id));
  }

  /**
   * The same calls, each returning its result with the response's status, headers and attempts,
   * like the official SDKs' {@code with_raw_response}:
   *
   * <pre>{@code
   * RawResponse<Conversation> raw = adapter.withRawResponse().runAnalysis(id).join();
   * log.info("{} took {} attempt(s), request id {}", raw.statusLine(), raw.attempts().size(), raw.requestId());
   * }</pre>
   */
  public WithRawResponse withRawResponse() {
    return new WithRawResponse();
  }

  /** The calls of the adapter that return a {@link RawResponse}; see {@link #withRawResponse()}. */
  public final class WithRawResponse {

    private WithRawResponse() {}

    /** {@link HttpConversationAnalysisAdapter#runAnalysis(ConversationId)} with the raw response. */
    public CompletableFuture<RawResponse<Conversation>> runAnalysis(ConversationId id) {
      return runAnalysis(id, AnalysisOptions.defaults());
    }

    /** {@link HttpConversationAnalysisAdapter#runAnalysis(ConversationId, AnalysisOptions)} with the raw response. */
    public CompletableFuture<RawResponse<Conversation>> runAnalysis(ConversationId id, AnalysisOptions options) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(options, "options");
      return exchangeRaw(
          Operation.RUN_ANALYSIS,
          Optional.of(id),
          endpoint.runAnalysisPath(id),
          List.of(),
          Optional.empty(),
          options,
          conversationOf(id));
    }
  }

  /** {@inheritDoc} As a cancellable future, like {@link #runAnalysis(ConversationId)}. */
  @Override
  public CompletableFuture<Conversation> runEvaluation(ConversationId id, String evaluationId) {
    return runEvaluation(id, evaluationId, AnalysisOptions.defaults());
  }

  /** {@inheritDoc} As a cancellable future, like {@link #runAnalysis(ConversationId)}. */
  @Override
  public CompletableFuture<Conversation> getConversation(ConversationId id) {
    return getConversation(id, AnalysisOptions.defaults());
  }

  /** {@inheritDoc} As a cancellable future, like {@link #runAnalysis(ConversationId)}. */
  @Override
  public CompletableFuture<ConversationPage> listConversations(ConversationQuery query) {
    return listConversations(query, AnalysisOptions.defaults());
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
  public CompletableFuture<Conversation> runEvaluation(ConversationId id, String evaluationId, AnalysisOptions options) {
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
  public CompletableFuture<Conversation> runEvaluation(
      ConversationId id, String evaluationId, AnalysisScope scope, AnalysisOptions options) {
    return evaluation(id, evaluationId, Optional.of(Objects.requireNonNull(scope, "scope")), options);
  }

  private CompletableFuture<Conversation> evaluation(
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
            conversationOf(id));
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code GET /v1/convai/conversations/{id}}, the JSON format.
   */
  @Override
  public CompletableFuture<Conversation> getConversation(ConversationId id, AnalysisOptions options) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(options, "options");
    return exchange(
            Operation.GET_CONVERSATION,
            Optional.of(id),
            endpoint.conversationPath(id, ""),
            List.of(),
            Optional.empty(),
            options,
            conversationOf(id));
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code GET /v1/convai/conversations} with one query parameter per filter the query sets
   * (list filters repeat their parameter), in the API's parameter order.
   */
  @Override
  public CompletableFuture<ConversationPage> listConversations(ConversationQuery query, AnalysisOptions options) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(options, "options");
    return exchange(
            Operation.LIST_CONVERSATIONS,
            Optional.empty(),
            endpoint.path("/v1/convai/conversations"),
            ListParameters.of(query),
            Optional.empty(),
            options,
            HistoryCodec::decodePage);
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
   * Turns a success body into a call's result. Runs on the adapter's own threads, or on the
   * event loop for a body of at most {@link #DECODE_ON_EVENT_LOOP_MAX_BYTES} when a callback
   * executor is set, so it must not block. A {@link ConversationAnalysisException} it throws is
   * the call's failure (redacted); an {@link UnusableBodyException} or any other exception makes
   * it a {@link dev.convai.port.MalformedResponseException}.
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
   * cancellation, {@link #close()}, the body limit, listeners, and decoding and completion where
   * the caller asked (off the event loop by default). Never throws for a failure of the call;
   * every failure arrives through the returned future.
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
    // The facts are a supplier: a plain call never spends a header copy or a status line on them.
    return start(new Exchange<T, T>(new Failures.Target(operation, id), path, query, body, options, decoder, (value, raw) -> value));
  }

  /** {@link #exchange} whose result carries the response's status, headers and attempts. */
  <T> CompletableFuture<RawResponse<T>> exchangeRaw(
      Operation operation,
      Optional<ConversationId> id,
      String path,
      List<Map.Entry<String, String>> query,
      Optional<byte[]> body,
      AnalysisOptions options,
      BodyDecoder<T> decoder) {
    return start(new Exchange<T, RawResponse<T>>(new Failures.Target(operation, id), path, query, body, options, decoder, RawFacts::toRaw));
  }

  private <R> CompletableFuture<R> start(Exchange<?, R> call) {
    try {
      call.start();
    } catch (RuntimeException e) {
      call.settleFailure(failures.transport(call.target, Math.max(1, call.attempts), e));
    }
    return call.result;
  }

  /**
   * Readies the request and decoding paths on two of the adapter's threads: puts a request and
   * responses through the HTTP codec in memory, and decodes a conversation shipped in this jar,
   * so that the HTTP codec, Jackson's deserializers, the mapper and the domain classes are set up
   * before the first call needs them instead of during it. {@link Builder#build()} starts it unless
   * {@linkplain Builder#warmUpOnBuild(boolean) told not to}. It runs once per class loader: the
   * first adapter to start it does the work, and every adapter's {@code warmUp()} reports that
   * one. Sends nothing.
   *
   * <p>Await it where a first call's latency matters, as in a readiness check. A call made
   * before it is done is not held back by it; the two share the set-up work.
   *
   * @return completes when the warm-up is over, normally even if it failed (that is logged at
   *     {@code DEBUG}; the first call then pays as it would have); completing or cancelling it
   *     changes nothing
   */
  public CompletableFuture<Void> warmUp() {
    while (true) {
      CompletableFuture<Void> started = WARM_UP.get();
      if (started != null) {
        return started.copy();
      }
      CompletableFuture<Void> mine = new CompletableFuture<>();
      if (WARM_UP.compareAndSet(null, mine)) {
        // Two independent halves, on two threads: on more than one core the warm-up takes the
        // longer of the two instead of their sum. Later adapters share it and start no thread.
        CompletableFuture<Void> http = warmUpStep(() -> HttpCodecWarmUp.run(), "the HTTP codec");
        CompletableFuture<Void> decoding = warmUpStep(WireCodec::warmUp, "decoding");
        if (http == null || decoding == null) {
          WARM_UP.compareAndSet(mine, null); // this adapter is closed: leave the warm-up to another
        }
        CompletableFuture.allOf(
                http == null ? CompletableFuture.completedFuture(null) : http,
                decoding == null ? CompletableFuture.completedFuture(null) : decoding)
            .whenComplete((done, failure) -> mine.complete(null));
        return mine.copy();
      }
    }
  }

  /** The step on one of this adapter's threads, or {@code null} if the adapter is closed. */
  private CompletableFuture<Void> warmUpStep(Runnable step, String what) {
    try {
      return CompletableFuture.runAsync(
          () -> {
            try {
              step.run();
            } catch (RuntimeException | LinkageError e) {
              LOG.log(Level.DEBUG, "Warm-up of {0} failed; the first call sets it up instead: {1}", what, failures.describe(e));
            }
          },
          workers);
    } catch (RejectedExecutionException e) {
      return null;
    }
  }

  /**
   * Fails the calls still running with an {@link dev.convai.port.AdapterClosedException}, then
   * closes the Web Client, the adapter's own threads and, if this adapter created its own
   * {@link Vertx}, that too (waiting up to 10 s for it unless called on a Vert.x thread). Calls
   * made afterwards fail the same way. Idempotent; never throws.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    for (Exchange<?, ?> call : inFlight) {
      try {
        call.settleFailure(failures.closed(call.target, call.attempts));
      } catch (RuntimeException e) {
        LOG.log(Level.DEBUG, "Could not fail a call on close: {0}", e.getClass().getName());
      }
    }
    try {
      client.close();
    } catch (RuntimeException e) {
      LOG.log(Level.DEBUG, "Closing the web client failed: {0}", failures.describe(e));
    }
    // Tasks already handed over (completions of the calls failed above) still run.
    workers.shutdown();
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

  /** How many calls have not yet settled, for tests. */
  int callsInFlight() {
    return inFlight.size();
  }

  /** The base URL and settings; never the API key or proxy credentials. */
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
        + proxy.map(p -> ", proxy=" + p).orElse("")
        + ", apiKey="
        + Failures.REDACTED
        + "]";
  }

  private static int saturatedMillis(Duration d) {
    long ms = Math.max(1, d.toMillis());
    return ms > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) ms;
  }

  /** What a successful exchange saw besides its value, for {@link RawResponse}. */
  private record RawFacts(int status, String statusLine, Map<String, List<String>> headers, List<RawResponse.Attempt> attempts) {

    static <T> RawResponse<T> toRaw(T value, Supplier<RawFacts> facts) {
      RawFacts f = facts.get();
      return new RawResponse<>(value, f.status, f.statusLine, f.headers, f.attempts);
    }
  }

  /**
   * One attempt's own state. Written on its call's context; {@link #finished} and
   * {@link #request} are also read by a cancel from another thread.
   */
  private static final class Attempt implements BoundedBodyCodec.Hooks {
    final int number;
    final Duration deadline;
    final long startNanos = System.nanoTime();
    long timer = -1;
    /** Set once the attempt has an outcome (response, failure, deadline or cancel); later news is ignored. */
    private final AtomicBoolean finished = new AtomicBoolean();
    /** The request on the wire, once Web Client has one; only touched on the call's context. */
    HttpClientRequest request;
    /** The response's head, once it has arrived: a refused body still has a status and headers. */
    HttpResponseHead head;

    Attempt(int number, Duration deadline) {
      this.number = number;
      this.deadline = deadline;
    }

    /** Claims the attempt's outcome; {@code false} if another step already has. */
    boolean finish() {
      return finished.compareAndSet(false, true);
    }

    boolean finished() {
      return finished.get();
    }

    @Override
    public boolean requestSent(HttpClientRequest sent) {
      request = sent;
      // Every failure of the request also fails its response, which is where the attempt learns
      // of it; without a handler of its own Vert.x would log each reset of a cancel at ERROR.
      sent.exceptionHandler(ignored -> {});
      if (finished.get()) {
        sent.reset();
        return false;
      }
      return true;
    }

    @Override
    public boolean abandoned() {
      return finished.get();
    }

    @Override
    public void responseReceived(HttpResponseHead received) {
      head = received;
    }

    @Override
    public HttpResponseHead head() {
      return head;
    }

    /**
     * Aborts the request on the wire, if it got that far: for HTTP/1.1 the connection closes and
     * leaves the pool at once, and the server sees the request end. Call on the call's context.
     */
    void abort() {
      finished.set(true);
      if (request != null) {
        request.reset();
      }
    }

    Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - startNanos);
    }
  }

  /**
   * One call: its attempts, the waits between them, and its one result. The attempts run on the
   * call's own Vert.x context, one step at a time. The outcome is decided once ({@link #settled});
   * the result then completes on the callback executor. A caller completing the result first
   * (cancel, {@code orTimeout}) settles it as cancelled and aborts the request in flight.
   *
   * @param <T> the decoded value
   * @param <R> the result the caller receives: the value, or a {@link RawResponse} of it
   */
  private final class Exchange<T, R> {
    final Failures.Target target;
    final String path;
    final List<Map.Entry<String, String>> query;
    final Optional<byte[]> body;
    final AnalysisOptions options;
    final BodyDecoder<T> decoder;
    final BiFunction<T, Supplier<RawFacts>, R> finisher;
    final CallFuture<R> result = new CallFuture<>();
    final Optional<Duration> callTimeout;
    final long startNanos = System.nanoTime();
    final long callDeadlineNanos;
    final AtomicBoolean settled = new AtomicBoolean();
    final List<RawResponse.Attempt> timings = new CopyOnWriteArrayList<>();
    volatile int attempts;
    volatile Attempt current;
    volatile long retryTimer = -1;
    volatile Context context;
    CallObserver observer = CallObserver.NONE;
    /** Guards {@link #observer} events so that they reach it one at a time and none after the last. */
    boolean observerDone;

    Exchange(
        Failures.Target target,
        String path,
        List<Map.Entry<String, String>> query,
        Optional<byte[]> body,
        AnalysisOptions options,
        BodyDecoder<T> decoder,
        BiFunction<T, Supplier<RawFacts>, R> finisher) {
      this.target = target;
      this.path = path;
      this.query = List.copyOf(query);
      this.body = body;
      this.options = options;
      this.decoder = decoder;
      this.finisher = finisher;
      this.callTimeout = options.timeout();
      this.callDeadlineNanos = callTimeout.map(t -> startNanos + t.toNanos()).orElse(Long.MAX_VALUE);
    }

    void start() {
      if (!listeners.isEmpty()) {
        observer =
            listeners.callStarted(
                new CallStarted(
                    target.operation(),
                    endpoint.host(),
                    endpoint.port(),
                    endpoint.tls() ? "https" : "http",
                    regionTag,
                    target.id(),
                    options.retries() ? retryPolicy.maxRetries() + 1 : 1));
      }
      if (closed.get()) {
        settleFailure(failures.closed(target, 0));
        return;
      }
      inFlight.add(this);
      if (closed.get()) { // close() may have run between the check and the add
        settleFailure(failures.closed(target, 0));
        return;
      }
      // Whoever completes the result before the call does (cancel, orTimeout) abandons the call.
      result.whenComplete((value, thrown) -> onCompletedByCaller());
      // All steps of the call run on this one context: no two of them ever run at once.
      context = vertx.getOrCreateContext();
      context.runOnContext(v -> guarded(this::attempt));
    }

    void attempt() {
      retryTimer = -1;
      if (settled.get()) {
        return;
      }
      if (closed.get()) {
        settleFailure(failures.closed(target, attempts));
        return;
      }
      Duration budget;
      Duration reported;
      if (callTimeout.isPresent()) {
        long remaining = callDeadlineNanos - System.nanoTime();
        if (remaining <= 0) {
          settleFailure(failures.timeout(target, Math.max(1, attempts), callTimeout.get()));
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
      current = attempt;
      if (settled.get()) {
        return; // cancelled meanwhile: whoever settled it saw this attempt, or will see it was never sent
      }
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
              .as(new BoundedBodyCodec(maxResponseBytes, attempt));
      for (Map.Entry<String, String> parameter : query) {
        request.addQueryParam(parameter.getKey(), parameter.getValue());
      }
      if (LOG.isLoggable(Level.TRACE)) { // the arguments would be built for every attempt
        LOG.log(Level.TRACE, "{0} of {1}: attempt {2}", target.operation().wireName(), target.subject(), attempt.number);
      }
      event(o -> o.attemptStarted(attempt.number));
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
      if (settled.get() || !attempt.finish()) {
        return;
      }
      // The connection of a timed-out request is of no further use: abort it now.
      attempt.abort();
      attemptFinished(attempt, OptionalInt.empty(), Optional.of(FailureKind.TIMEOUT));
      settleFailure(failures.timeout(target, attempt.number, attempt.deadline));
    }

    void onAttemptDone(Attempt attempt, AsyncResult<HttpResponse<byte[]>> outcome) {
      vertx.cancelTimer(attempt.timer);
      if (!attempt.finish() || settled.get()) {
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
        Duration elapsed = attempt.elapsed();
        timings.add(new RawResponse.Attempt(attempt.number, OptionalInt.of(status), elapsed));
        decode(attempt, elapsed, response, received);
        return;
      }
      Failures.Seen seen = seen(response);
      Optional<Duration> hint = RetryHints.fromHeaders(response::getHeader, clock.instant());
      ConversationAnalysisException failure = failures.forStatus(target, status, attempt.number, received, hint, seen);
      attemptFinished(attempt, OptionalInt.of(status), Optional.of(failure.kind()));
      if (RetryPolicy.retryableStatus(status)) {
        retryOrFail(attempt, failure, hint);
      } else {
        settleFailure(failure);
      }
    }

    Failures.Seen seen(HttpResponseHead response) {
      return new Failures.Seen(Optional.of(statusLine(response)), ResponseHeaders.identifying(response.headers(), failures));
    }

    String statusLine(HttpResponseHead response) {
      String version =
          response.version() == null
              ? "HTTP"
              : response.version() == HttpVersion.HTTP_2 ? "HTTP/2" : response.version() == HttpVersion.HTTP_1_0 ? "HTTP/1.0" : "HTTP/1.1";
      String reason = response.statusMessage() == null ? "" : " " + ErrorBody.oneLine(response.statusMessage());
      return failures.redact(version + " " + response.statusCode() + reason);
    }

    void onNoResponse(Attempt attempt, Throwable cause) {
      if (cause instanceof BoundedBodyCodec.TooLargeException) {
        HttpResponseHead head = attempt.head;
        OptionalInt status = head == null ? OptionalInt.empty() : OptionalInt.of(head.statusCode());
        attemptFinished(attempt, status, Optional.of(FailureKind.MALFORMED_RESPONSE));
        settleFailure(
            failures.tooLarge(
                target, attempt.number, (BoundedBodyCodec.TooLargeException) cause, status, head == null ? Failures.Seen.NOTHING : seen(head)));
      } else if (closed.get()) {
        settleFailure(failures.closed(target, attempt.number));
      } else if (has(cause, TimeoutException.class)) {
        // Vert.x's idle timeout: it is set to the attempt's deadline, so the deadline has passed.
        attemptFinished(attempt, OptionalInt.empty(), Optional.of(FailureKind.TIMEOUT));
        settleFailure(failures.timeout(target, attempt.number, attempt.deadline));
      } else if (has(cause, SSLException.class)) {
        attemptFinished(attempt, OptionalInt.empty(), Optional.of(FailureKind.TRANSPORT));
        settleFailure(failures.transport(target, attempt.number, cause));
      } else {
        attemptFinished(attempt, OptionalInt.empty(), Optional.of(FailureKind.TRANSPORT));
        retryOrFail(attempt, failures.transport(target, attempt.number, cause), Optional.empty());
      }
    }

    void retryOrFail(Attempt attempt, ConversationAnalysisException failure, Optional<Duration> hint) {
      if (!options.mayRetry(failure) || attempt.number > retryPolicy.maxRetries() || closed.get()) {
        settleFailure(failure);
        return;
      }
      Duration wait = retryPolicy.delayBefore(attempt.number, hint);
      if (callTimeout.isPresent() && System.nanoTime() + wait.toNanos() >= callDeadlineNanos) {
        settleFailure(failure);
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
      event(o -> o.retryScheduled(new RetryScheduled(attempt.number + 1, wait, failure.kind(), failure.status(), hint.isPresent())));
      retryTimer = vertx.setTimer(Math.max(1, wait.toMillis()), t -> guarded(this::attempt));
    }

    /**
     * Decodes a success where it costs the fewest hand-offs. By default that is one adapter
     * thread, which decodes and completes. With a callback executor, which takes the completion
     * anyway, a small body decodes at once on the event loop, which that holds for a fraction of
     * a millisecond; an executor that runs tasks in place then completes with no hand-off at
     * all. A large body still decodes on an adapter thread.
     */
    void decode(Attempt attempt, Duration elapsed, HttpResponse<byte[]> response, byte[] received) {
      if (callbackExecutor != null && received.length <= DECODE_ON_EVENT_LOOP_MAX_BYTES) {
        decoded(attempt, elapsed, response, received); // guarded by the caller, on the call's context
        return;
      }
      try {
        workers.execute(
            () -> {
              try {
                decoded(attempt, elapsed, response, received);
              } catch (RuntimeException | Error e) {
                settleFailure(failures.transport(target, attempt.number, e));
                if (e instanceof VirtualMachineError) {
                  throw e;
                }
              }
            });
      } catch (RejectedExecutionException e) {
        settleFailure(failures.closed(target, attempt.number));
      }
    }

    /**
     * Decodes a success body. Only the attribution of a failure (conversation, status, attempts)
     * is made up front; its excerpt, status line and headers, and the facts of a raw response,
     * are read from the response only when needed, since a success needs none of them.
     */
    void decoded(Attempt attempt, Duration elapsed, HttpResponse<byte[]> response, byte[] received) {
      if (settled.get()) {
        return;
      }
      int status = response.statusCode();
      FailureDetails attribution = failures.attribution(target, OptionalInt.of(status), attempt.number);
      ConversationAnalysisException failure;
      try {
        T value = decoder.decode(received, attribution);
        if (value != null) {
          attemptFinished(status, attempt.number, elapsed, Optional.empty());
          settleSuccess(
              finisher.apply(
                  value,
                  () -> new RawFacts(status, statusLine(response), ResponseHeaders.allButSensitive(response.headers(), failures), List.copyOf(timings))));
          return;
        }
        failure = failures.malformed(target, status, attempt.number, received, seen(response), "nothing decoded from the body", null);
      } catch (MalformedResponseException e) {
        FailureDetails details = failures.details(target, OptionalInt.of(status), attempt.number, received, seen(response));
        failure = failures.scrub(new MalformedResponseException(e.getMessage(), details, e.jsonPath(), e.getCause()));
      } catch (ConversationAnalysisException e) {
        failure = failures.scrub(e);
      } catch (UnusableBodyException e) {
        failure = failures.malformed(target, status, attempt.number, received, seen(response), e.getMessage(), null);
      } catch (Exception | StackOverflowError e) {
        failure = failures.malformed(target, status, attempt.number, received, seen(response), failures.describe(e), e);
      }
      attemptFinished(status, attempt.number, elapsed, Optional.of(failure.kind()));
      settleFailure(failure);
    }

    void attemptFinished(Attempt attempt, OptionalInt status, Optional<FailureKind> failure) {
      Duration elapsed = attempt.elapsed();
      timings.add(new RawResponse.Attempt(attempt.number, status, elapsed));
      event(o -> o.attemptFinished(new AttemptFinished(attempt.number, status, elapsed, failure)));
    }

    void attemptFinished(int status, int number, Duration elapsed, Optional<FailureKind> failure) {
      event(o -> o.attemptFinished(new AttemptFinished(number, OptionalInt.of(status), elapsed, failure)));
    }

    void settleSuccess(R value) {
      if (!settled.compareAndSet(false, true)) {
        return;
      }
      inFlight.remove(this);
      callFinished(CallFinished.Outcome.SUCCESS, Optional.empty());
      complete(() -> result.complete(value));
    }

    void settleFailure(ConversationAnalysisException failure) {
      if (!settled.compareAndSet(false, true)) {
        return;
      }
      inFlight.remove(this);
      Attempt cut = abortRemaining();
      if (cut != null) {
        // Closed (or a bug) while the request was out: that attempt ends with the call's failure.
        attemptFinished(cut, OptionalInt.empty(), Optional.of(failure.kind()));
      }
      callFinished(CallFinished.Outcome.FAILURE, Optional.of(failure));
      complete(() -> result.completeExceptionally(failure));
    }

    /** The caller completed the result first: cancel, {@code orTimeout}, or its own {@code complete}. */
    void onCompletedByCaller() {
      if (!settled.compareAndSet(false, true)) {
        return; // the call completed it
      }
      inFlight.remove(this);
      abortRemaining();
      callFinished(CallFinished.Outcome.CANCELLED, Optional.empty());
    }

    /**
     * Stops the timers of the call and resets its request in flight, if any.
     *
     * @return the attempt that was cut short, or {@code null} if none was in progress
     */
    Attempt abortRemaining() {
      Attempt attempt = current;
      // At once: a response arriving from now on is ignored.
      boolean inProgress = attempt != null && attempt.finish();
      Context ctx = context;
      if (ctx != null) {
        ctx.runOnContext(
            v -> {
              if (attempt != null) {
                vertx.cancelTimer(attempt.timer);
                if (inProgress) {
                  attempt.abort();
                }
              }
              if (retryTimer != -1) {
                vertx.cancelTimer(retryTimer);
              }
            });
      }
      return inProgress ? attempt : null;
    }

    /**
     * Completes the result where the caller asked: on the given executor, or by default on the
     * current thread unless it is an event loop (then on an adapter thread).
     */
    void complete(Runnable completion) {
      if (callbackExecutor == null && !Context.isOnEventLoopThread()) {
        completion.run();
        return;
      }
      Executor executor = callbackExecutor == null ? workers : callbackExecutor;
      try {
        executor.execute(completion);
      } catch (RejectedExecutionException e) {
        // A closed or saturated executor must not leave the caller waiting for ever.
        if (Context.isOnEventLoopThread()) {
          ForkJoinPool.commonPool().execute(completion);
        } else {
          completion.run();
        }
      }
    }

    void callFinished(CallFinished.Outcome outcome, Optional<ConversationAnalysisException> failure) {
      CallFinished end = new CallFinished(outcome, attempts, Duration.ofNanos(System.nanoTime() - startNanos), failure);
      synchronized (this) {
        if (observerDone) {
          return;
        }
        observerDone = true;
        observer.callFinished(end);
      }
    }

    void event(Consumer<CallObserver> event) {
      if (observer == CallObserver.NONE) {
        return;
      }
      synchronized (this) {
        if (!observerDone) {
          event.accept(observer);
        }
      }
    }

    /** Runs a step; a bug in it fails the call instead of leaving it hanging. */
    void guarded(Runnable step) {
      try {
        step.run();
      } catch (RuntimeException | Error e) {
        if (e instanceof VirtualMachineError) {
          throw e;
        }
        settleFailure(failures.transport(target, Math.max(1, attempts), e));
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
    private int maxConcurrentRequests = 64;
    private int maxResponseBytes = 32 * 1024 * 1024;
    private Vertx vertx;
    private String userAgent = defaultUserAgent();
    private boolean allowInsecureHttp;
    private RandomGenerator random;
    private Clock clock = Clock.systemUTC();
    private String regionTag = Region.DEFAULT.name().toLowerCase(Locale.ROOT);
    private final List<HttpCallListener> listeners = new ArrayList<>();
    private Executor callbackExecutor;
    private String proxyUrl;
    private String noProxy = "";
    private Function<String, String> proxyEnvironment;
    private Optional<ProxySettings> proxy = Optional.empty();
    private boolean warmUpOnBuild = true;

    private Builder() {}

    /**
     * Takes what {@link HttpConversationAnalysisAdapter#fromEnv()} takes from the environment (the
     * key, the base URL if set, the proxy), so that settings can be added:
     * {@code builder().fromEnv().callbackExecutor(executor).build()}.
     *
     * @throws IllegalStateException if {@code ELEVENLABS_API_KEY} is not set or blank
     */
    public Builder fromEnv() {
      return environment(System::getenv);
    }

    /** {@link #fromEnv()} over any environment, for tests. */
    Builder environment(Function<String, String> env) {
      String key = env.apply(API_KEY_ENV);
      if (key == null || key.isBlank()) {
        throw new IllegalStateException("Environment variable " + API_KEY_ENV + " is not set");
      }
      apiKey(key.trim());
      String url = env.apply(BASE_URL_ENV);
      if (url != null && !url.isBlank()) {
        baseUrl(url.trim());
      }
      return proxyEnvironment(env);
    }

    /** The API key, sent as the {@code xi-api-key} header. Required. */
    public Builder apiKey(String apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      return this;
    }

    /** One of the API's servers; the default is {@link Region#DEFAULT}. Replaces any {@link #baseUrl}. */
    public Builder region(Region region) {
      this.baseUrl = Objects.requireNonNull(region, "region").baseUrl().toString();
      this.regionTag = region.name().toLowerCase(Locale.ROOT);
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
      this.regionTag = "custom";
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

    /**
     * How many requests may be on the wire at once (the connection pool's size); 64 by default,
     * the batch service's default bound, so that a batch can reach the limit of a large account.
     * Connections are opened only as calls need them: a high bound costs nothing unused.
     */
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

    /**
     * Adds a listener that is told of every call of every operation (see
     * {@link dev.convai.adapter.http.observe}); may be called several times, listeners are called
     * in the order added. A listener or observer that throws is logged (at WARNING the first
     * time) and otherwise ignored: it never changes a call's outcome or another listener's events.
     */
    public Builder listener(HttpCallListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Where the futures of calls complete, and so where callbacks attached without an executor
     * run. By default they complete on the adapter's own threads, never on a Vert.x event loop,
     * so blocking in a callback (even {@code join()} on another call) is safe. With an executor
     * given here, a body of up to 64 KiB (a typical conversation is 10-30 KiB) is decoded on the
     * event loop and the executor then completes the future: one hand-off instead of two. A
     * larger body is still decoded on an adapter thread, so the event loop is never held for
     * long. An executor that runs tasks on the calling thread ({@code Runnable::run}) therefore
     * completes futures on the event loop, usually with no hand-off at all: the fastest choice
     * for callbacks that never block, such as code composed on a Vert.x context.
     */
    public Builder callbackExecutor(Executor callbackExecutor) {
      this.callbackExecutor = Objects.requireNonNull(callbackExecutor, "callbackExecutor");
      return this;
    }

    /**
     * Sends every request through this forward proxy: {@code http://[user:password@]host[:port]}
     * (https is tunnelled with {@code CONNECT}; the port defaults to 1080 as in curl) or
     * {@code socks5://...}. The credentials go to the proxy only and never appear in a log, a
     * message or {@code toString()}. Replaces {@link #proxyFromEnv()}.
     *
     * @throws IllegalArgumentException at {@link #build()} if it is not such a URL
     */
    public Builder proxy(String proxyUrl) {
      this.proxyUrl = Objects.requireNonNull(proxyUrl, "proxyUrl");
      this.proxyEnvironment = null;
      return this;
    }

    /**
     * Hosts that bypass the {@link #proxy(String) proxy}, in {@code NO_PROXY} syntax:
     * comma-separated names, each also covering the hosts under it, or {@code *} for all.
     */
    public Builder noProxy(String hosts) {
      this.noProxy = Objects.requireNonNull(hosts, "hosts");
      return this;
    }

    /**
     * Takes the proxy from the environment as curl does: {@code https_proxy} or
     * {@code HTTPS_PROXY} for an https base URL, {@code http_proxy} or {@code HTTP_PROXY} for
     * plain http, then {@code all_proxy} / {@code ALL_PROXY}, lower case first; and the hosts
     * that bypass it from {@code no_proxy} or {@code NO_PROXY}. No proxy when none is set.
     * {@link HttpConversationAnalysisAdapter#fromEnv()} does this. Replaces {@link #proxy(String)}.
     */
    public Builder proxyFromEnv() {
      return proxyEnvironment(System::getenv);
    }

    /** {@link #proxyFromEnv()} over any environment, for tests. */
    Builder proxyEnvironment(Function<String, String> env) {
      this.proxyEnvironment = Objects.requireNonNull(env, "env");
      this.proxyUrl = null;
      return this;
    }

    /** The source of backoff jitter, for tests that need repeatable waits. */
    Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Whether {@link #build()} starts the adapter's {@link HttpConversationAnalysisAdapter#warmUp()
     * warm-up} in the background; {@code true} by default. Turn it off where start-up CPU matters
     * more than the first call's latency; {@code warmUp()} can still be called later.
     */
    public Builder warmUpOnBuild(boolean warmUpOnBuild) {
      this.warmUpOnBuild = warmUpOnBuild;
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
     * @throws IllegalArgumentException if the key or user agent cannot be sent as a header, the
     *     base URL is not acceptable (see {@link #baseUrl(String)}), or the proxy URL is not
     *     acceptable (see {@link #proxy(String)})
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
      if (proxyUrl != null) {
        proxy = Optional.of(ProxySettings.parse(proxyUrl, noProxy));
      } else if (proxyEnvironment != null) {
        proxy = ProxySettings.fromEnvironment(proxyEnvironment, endpoint.tls());
      } else {
        proxy = Optional.empty();
      }
      HttpConversationAnalysisAdapter adapter = new HttpConversationAnalysisAdapter(this, endpoint);
      if (warmUpOnBuild) {
        adapter.warmUp();
      }
      return adapter;
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
