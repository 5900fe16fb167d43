package dev.convai.adapter.fake;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.AnalysisScope;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.AgentId;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.history.ConversationPage;
import dev.convai.history.ConversationQuery;
import dev.convai.json.JsonValue;
import dev.convai.port.AdapterClosedException;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.AnalysisTimeoutException;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.ConversationAnalysisPort;
import dev.convai.port.ConversationHistoryPort;
import dev.convai.port.FailureDetails;
import dev.convai.port.FailureKind;
import dev.convai.port.ServerErrorException;
import dev.convai.port.Violation;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A deterministic, scriptable, in-memory {@link ConversationAnalysisPort}: the platform's
 * conversations and agents, held in memory, for tests and demos that must not touch the network.
 *
 * <h2>What it models</h2>
 *
 * Running an analysis evaluates a conversation with its agent's <em>current</em> evaluation
 * criteria and data-collection items. The fake holds conversations (by id) and agents' settings
 * (by agent id), and both can be changed at any time: change a criterion, run the analysis again,
 * and the result reflects the change. For a conversation that is {@linkplain Conversation#isDone()
 * done}, {@code runAnalysis} returns it with a new analysis:
 *
 * <ul>
 *   <li>if the fake has {@linkplain #putAgent settings for its agent}, the analysis is computed
 *       from them: one verdict with a rationale per criterion, one value of the declared JSON type
 *       per data-collection item, the call's success (failure if any criterion failed, otherwise
 *       unknown if any is unknown, otherwise success), a summary and a title;
 *   <li>otherwise the conversation keeps the analysis it was scripted with, or, if it has none,
 *       gets one computed with no criteria and no data collection.
 * </ul>
 *
 * Forced verdicts and values ({@link #forceVerdict}, {@link #forceValue}) replace computed or
 * scripted ones, or are added after them. A conversation that is not done is returned as it is.
 * Verdicts and values are not a judgement of the transcript: each is drawn deterministically from
 * the conversation id, the transcript's text and the criterion or item, so equal inputs give
 * equal results and a changed criterion gives a changed result.
 *
 * <h2>Ids nobody scripted</h2>
 *
 * By default every id has a conversation: a short support call between the user and the
 * {@link #GENERATED_AGENT}, done, with a tool call now and then, metadata with times in 2026, and
 * an analysis computed from that agent's settings ({@link AgentSettings#defaults()} until changed),
 * with data-collection values of each JSON type. It is derived from the id alone: the seed is the
 * first 8 bytes (big-endian) of the SHA-256 digest of the length-prefixed UTF-8 bytes of
 * {@code "conversation"} and the id, and SplitMix64 draws from it (see {@code DeterministicRandom}).
 * No clock, no unseeded randomness, no {@code hashCode}, no hash-ordered iteration and no
 * floating-point formatting reach the output, so the same id gives an equal conversation and
 * byte-identical JSON on every JVM and every run. With {@link Builder#generateUnscripted(boolean)
 * generateUnscripted(false)}, unscripted ids fail with
 * {@link dev.convai.port.ConversationNotFoundException} instead.
 *
 * <h2>History</h2>
 *
 * The fake also implements {@link ConversationHistoryPort}. It holds what the platform holds: a
 * scripted conversation as scripted, and each run ({@code runAnalysis}, {@code runEvaluation})
 * stores its result there, so {@link #getConversation} returns the last run's analysis without
 * running anything. A generated conversation that no run has touched holds the analysis of its
 * agent's current settings; the last run of a generated conversation is kept while calls are
 * {@linkplain Builder#recordCalls recorded} (with recording off the fake keeps no state per id).
 * {@link #runEvaluation(ConversationId, String, AnalysisOptions) runEvaluation} runs one criterion
 * of the agent's current settings on the held conversation and leaves its other results.
 * {@link #listConversations} lists the scripted conversations and a {@linkplain
 * Builder#generatedHistory generated history} ({@value #DEFAULT_GENERATED_HISTORY} conversations
 * {@code conv_fake_00001} upwards by default) by agent and start time, with the API's filters and
 * cursor pages, at most {@linkplain Builder#maxPageSize a page size that tests can force small}.
 *
 * <h2>Failures</h2>
 *
 * {@link #fail(ConversationId, ScriptedFailure)} makes an id fail with any {@link FailureKind},
 * once, {@code n} times or always; the failures carry the conversation id, the HTTP status where
 * the HTTP adapter would have one, one attempt, and a body like the API's. The fake never retries:
 * each call consumes at most one scripted failure, so a caller's own retries see the script play
 * out. Scripted failures for one id apply in the order they were added.
 *
 * <h2>Latency</h2>
 *
 * With a {@linkplain Builder#latency(Duration) latency} (for all ids, or {@linkplain
 * #latency(ConversationId, Duration) per id}), {@code runAnalysis} returns at once and the stage
 * completes later on a scheduler thread: the fake's own single daemon thread, which
 * {@link #close()} ends, or a {@linkplain Builder#scheduler supplied} scheduler, which it leaves
 * running. No thread ever sleeps. A call whose {@linkplain AnalysisOptions#timeout() deadline} is
 * shorter than the latency fails with {@link AnalysisTimeoutException} when the deadline passes.
 * Without latency, stages are complete when {@code runAnalysis} returns.
 *
 * <h2>Observation and threads</h2>
 *
 * Every call is recorded, in the order received, with its options ({@link #calls()}); also
 * {@linkplain #callCount(ConversationId) counts per id} and the {@linkplain #maxInFlight() most
 * calls in flight at once}. All methods are thread-safe. The outcome of a call (scripted failure
 * consumed, settings used) is fixed when the call is received.
 *
 * <h2>Lifecycle</h2>
 *
 * {@link #close()} fails the calls still waiting with an {@link AdapterClosedException}, as the HTTP
 * adapter does, and so are calls made after it. Null arguments are refused with a
 * {@link NullPointerException}; nothing else is ever thrown by {@code runAnalysis}.
 *
 * <pre>{@code
 * try (var fake = FakeConversationAnalysisAdapter.create()) {
 *   var id = ConversationId.of("conv_1");
 *   fake.fail(id, ScriptedFailure.of(FailureKind.RATE_LIMITED).once());
 *   fake.updateAgent(FakeConversationAnalysisAdapter.GENERATED_AGENT,
 *       s -> s.withCriterion(new EvaluationCriterion("refund", "Refund", "The agent offers a refund.")));
 *   service.analyse(id);                       // the code under test, holding the fake as its port
 *   assertEquals(2, fake.callCount(id));       // it retried once after the 429
 * }
 * }</pre>
 */
public final class FakeConversationAnalysisAdapter
    implements ConversationAnalysisPort, ConversationHistoryPort, AutoCloseable {

  /** The agent of every generated conversation. */
  public static final AgentId GENERATED_AGENT = AgentId.of("agent_fake_support");

  /** How many generated conversations the fake lists unless told otherwise. */
  public static final int DEFAULT_GENERATED_HISTORY = 50;

  /** The HTTP adapter's default deadline, reported by a scripted timeout when the call set none. */
  static final Duration HTTP_DEFAULT_TIMEOUT = Duration.ofSeconds(240);

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final boolean generateUnscripted;
  private final int maxPageSize;
  private final Set<ConversationId> historyIds;
  private final boolean recordCalls;
  private final Duration latency;
  private final ScheduledExecutorService suppliedScheduler;

  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  // Everything below is guarded by lock. Hash maps are only looked up, never iterated into output.
  private final Object lock = new Object();
  private final Map<ConversationId, Conversation> conversations = new HashMap<>();
  // The last run's result of a generated conversation, kept only while calls are recorded.
  private final Map<ConversationId, Conversation> generatedRuns = new HashMap<>();
  private final Map<AgentId, AgentSettings> agents = new HashMap<>();
  private final Map<ConversationId, Map<String, Verdict>> forcedVerdicts = new HashMap<>();
  private final Map<ConversationId, Map<String, JsonValue>> forcedValues = new HashMap<>();
  private final Map<ConversationId, Deque<Script>> failures = new HashMap<>();
  private final Map<ConversationId, Duration> latencies = new HashMap<>();
  private final List<RecordedCall> calls = new ArrayList<>();
  private final Map<ConversationId, Integer> callCounts = new HashMap<>();
  private final List<Pending<?>> pending = new ArrayList<>();
  private final List<ConversationQuery> listings = new ArrayList<>();
  private ScheduledExecutorService ownedScheduler;
  private boolean closed;
  private int totalCalls;

  private FakeConversationAnalysisAdapter(Builder builder) {
    this.generateUnscripted = builder.generateUnscripted;
    this.maxPageSize = builder.maxPageSize;
    this.historyIds = historyIds(builder.generatedHistory);
    this.recordCalls = builder.recordCalls;
    this.latency = builder.latency;
    this.suppliedScheduler = builder.scheduler;
    agents.put(GENERATED_AGENT, AgentSettings.defaults());
  }

  /** A builder for a fake with options. */
  public static Builder builder() {
    return new Builder();
  }

  /** A fake with the defaults: generated conversations for unscripted ids, no latency. */
  public static FakeConversationAnalysisAdapter create() {
    return builder().build();
  }

  // ---------------------------------------------------------------------------------- scripting

  /** Holds this conversation under its id, in place of any other (scripted or generated). */
  public FakeConversationAnalysisAdapter putConversation(Conversation conversation) {
    Objects.requireNonNull(conversation, "conversation");
    synchronized (lock) {
      conversations.put(conversation.conversationId(), conversation);
      generatedRuns.remove(conversation.conversationId());
    }
    return this;
  }

  /** Sets the analysis settings of this agent; the next analysis of its conversations uses them. */
  public FakeConversationAnalysisAdapter putAgent(AgentId agent, AgentSettings settings) {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(settings, "settings");
    synchronized (lock) {
      agents.put(agent, settings);
    }
    return this;
  }

  /**
   * Changes the settings of this agent in one step: the function gets its current settings (or
   * {@link AgentSettings#empty()} if it has none) and returns the new ones.
   */
  public FakeConversationAnalysisAdapter updateAgent(AgentId agent, UnaryOperator<AgentSettings> change) {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(change, "change");
    synchronized (lock) {
      AgentSettings changed = change.apply(agents.getOrDefault(agent, AgentSettings.empty()));
      agents.put(agent, Objects.requireNonNull(changed, "the changed settings"));
    }
    return this;
  }

  /** The current settings of this agent, if the fake has any. */
  public Optional<AgentSettings> agent(AgentId agent) {
    Objects.requireNonNull(agent, "agent");
    synchronized (lock) {
      return Optional.ofNullable(agents.get(agent));
    }
  }

  /** Makes every analysis of this conversation give this verdict for this criterion. */
  public FakeConversationAnalysisAdapter forceVerdict(ConversationId id, String criterionId, Verdict verdict) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(criterionId, "criterionId");
    Objects.requireNonNull(verdict, "verdict");
    synchronized (lock) {
      forcedVerdicts.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(criterionId, verdict);
    }
    return this;
  }

  /** Makes every analysis of this conversation collect this value for this data-collection item. */
  public FakeConversationAnalysisAdapter forceValue(ConversationId id, String dataCollectionId, JsonValue value) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(dataCollectionId, "dataCollectionId");
    Objects.requireNonNull(value, "value");
    synchronized (lock) {
      forcedValues.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(dataCollectionId, value);
    }
    return this;
  }

  /** Makes every call for this id fail with this kind, with its defaults (see {@link ScriptedFailure}). */
  public FakeConversationAnalysisAdapter fail(ConversationId id, FailureKind kind) {
    return fail(id, ScriptedFailure.of(kind));
  }

  /**
   * Adds a failure to this id's script: the next calls fail as it says, once, {@code n} times or
   * always, after the failures added before it have played out.
   */
  public FakeConversationAnalysisAdapter fail(ConversationId id, ScriptedFailure failure) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(failure, "failure");
    synchronized (lock) {
      failures.computeIfAbsent(id, k -> new ArrayDeque<>()).addLast(new Script(failure));
    }
    return this;
  }

  /** Removes the failures still scripted for this id. */
  public FakeConversationAnalysisAdapter clearFailures(ConversationId id) {
    Objects.requireNonNull(id, "id");
    synchronized (lock) {
      failures.remove(id);
    }
    return this;
  }

  /** Answers calls for this id after this latency instead of the fake's (zero: at once). */
  public FakeConversationAnalysisAdapter latency(ConversationId id, Duration latency) {
    Objects.requireNonNull(id, "id");
    requireNotNegative(latency);
    synchronized (lock) {
      latencies.put(id, latency);
    }
    return this;
  }

  // -------------------------------------------------------------------------------- observation

  /** Every call received, in order, with its options; empty if recording is switched off. */
  public List<RecordedCall> calls() {
    synchronized (lock) {
      return List.copyOf(calls);
    }
  }

  /** How many calls were received for this id. */
  public int callCount(ConversationId id) {
    Objects.requireNonNull(id, "id");
    synchronized (lock) {
      return callCounts.getOrDefault(id, 0);
    }
  }

  /** Every listing call received, in order, with its query; empty if recording is switched off. */
  public List<ConversationQuery> listings() {
    synchronized (lock) {
      return List.copyOf(listings);
    }
  }

  /** The ids of the generated history, in the order they were numbered. */
  public List<ConversationId> generatedHistory() {
    return List.copyOf(historyIds);
  }

  /** How many calls were received in all (counted even when recording is off). */
  public int callCount() {
    synchronized (lock) {
      return totalCalls;
    }
  }

  /** How many calls are received but not yet completed. */
  public int inFlight() {
    return inFlight.get();
  }

  /** The greatest number of calls that were in flight at the same moment. */
  public int maxInFlight() {
    return maxInFlight.get();
  }

  // --------------------------------------------------------------------------------------- port

  /**
   * {@inheritDoc}
   *
   * @throws NullPointerException if {@code id} or {@code options} is {@code null}: the only
   *     exception this method throws; every failure of the call arrives through the stage
   */
  @Override
  public CompletionStage<Conversation> runAnalysis(ConversationId id, AnalysisOptions options) {
    return conversationCall(id, options, Operation.ANALYSIS, null, Optional.empty());
  }

  /**
   * {@inheritDoc}
   *
   * <p>The fake runs that one criterion of the agent's current settings (or gives its
   * {@linkplain #forceVerdict forced verdict}), derives the call's success again, and leaves every
   * other result as the conversation held it; a generated conversation holds the analysis of its
   * agent's current settings. Both scopes evaluate the whole transcript. An evaluation id that is
   * neither one of the agent's criteria nor forced fails with
   * {@link dev.convai.port.InvalidRequestException} (422), as does a criterion the agent's settings
   * no longer have.
   */
  @Override
  public CompletionStage<Conversation> runEvaluation(ConversationId id, String evaluationId, AnalysisOptions options) {
    Objects.requireNonNull(id, "id");
    ConversationAnalysisPort.requireEvaluationId(evaluationId);
    return conversationCall(id, options, Operation.EVALUATION, evaluationId, Optional.empty());
  }

  /** {@inheritDoc} See {@link #runEvaluation(ConversationId, String, AnalysisOptions)}. */
  @Override
  public CompletionStage<Conversation> runEvaluation(
      ConversationId id, String evaluationId, AnalysisScope scope, AnalysisOptions options) {
    Objects.requireNonNull(id, "id");
    ConversationAnalysisPort.requireEvaluationId(evaluationId);
    Objects.requireNonNull(scope, "scope");
    return conversationCall(id, options, Operation.EVALUATION, evaluationId, Optional.of(scope));
  }

  /**
   * {@inheritDoc}
   *
   * <p>A scripted conversation comes back as it is held (a run stores its result there); a
   * generated one with the analysis of its agent's current settings. Scripted failures, latency
   * and recording apply as for {@code runAnalysis}.
   */
  @Override
  public CompletionStage<Conversation> getConversation(ConversationId id, AnalysisOptions options) {
    return conversationCall(id, options, Operation.GET, null, Optional.empty());
  }

  /**
   * {@inheritDoc}
   *
   * <p>The fake lists its scripted conversations and its {@linkplain Builder#generatedHistory
   * generated history}, each as {@link #getConversation} would return it, ordered by agent id,
   * then start time, then conversation id (all ascending), at most
   * {@linkplain Builder#maxPageSize the fake's page size} per page. A cursor names the last
   * conversation of its page, so it stays valid when conversations are added; a cursor the fake
   * did not hand out fails with {@link dev.convai.port.InvalidRequestException} (422). Time windows
   * include their start and exclude their end; list filters match any of their values; the fake
   * runs no topic discovery, so a topic filter matches nothing.
   */
  @Override
  public CompletionStage<ConversationPage> listConversations(ConversationQuery query, AnalysisOptions options) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(options, "options");
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    Map<ConversationId, Conversation> held;
    AgentSettings generatedSettings;
    Map<ConversationId, Map<String, Verdict>> verdicts;
    Map<ConversationId, Map<String, JsonValue>> values;
    synchronized (lock) {
      totalCalls++;
      if (recordCalls) {
        listings.add(query);
      }
      if (closed) {
        inFlight.decrementAndGet();
        return CompletableFuture.failedStage(closed(Optional.empty(), "the adapter is closed"));
      }
      held = new HashMap<>(conversations);
      for (ConversationId id : historyIds) {
        Conversation run = generatedRuns.get(id);
        if (run != null && !held.containsKey(id)) {
          held.put(id, run);
        }
      }
      generatedSettings = agents.get(GENERATED_AGENT);
      verdicts = new HashMap<>(forcedVerdicts);
      values = new HashMap<>(forcedValues);
    }
    Outcome<ConversationPage> outcome;
    try {
      List<Conversation> all = new ArrayList<>(held.size() + historyIds.size());
      // Only looked up: the listing's order comes from the sort below, never from the hash map.
      for (Conversation conversation : held.values()) {
        all.add(conversation);
      }
      for (ConversationId id : historyIds) {
        if (!held.containsKey(id)) {
          all.add(
              current(
                  ConversationGenerator.generate(id),
                  generatedSettings,
                  verdicts.getOrDefault(id, Map.of()),
                  values.getOrDefault(id, Map.of())));
        }
      }
      all.sort(Comparator.comparing(HistoryListing.Key::of));
      outcome = Outcome.success(HistoryListing.page(all, query, maxPageSize));
    } catch (ConversationAnalysisException refused) {
      outcome = Outcome.failure(refused);
    } catch (RuntimeException bug) {
      outcome =
          Outcome.failure(
              new ServerErrorException(
                  "The fake could not list conversations: " + bug + " (HTTP 500, 1 attempt)",
                  FailureDetails.unattributed().withStatus(500),
                  bug));
    }
    return respond(Optional.empty(), outcome, latency, options);
  }

  private CompletionStage<Conversation> conversationCall(
      ConversationId id,
      AnalysisOptions options,
      Operation operation,
      String evaluationId,
      Optional<AnalysisScope> scope) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(options, "options");
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);

    Request request;
    synchronized (lock) {
      totalCalls++;
      if (recordCalls) {
        calls.add(new RecordedCall(id, options));
        callCounts.merge(id, 1, Integer::sum);
      }
      request = closed ? null : snapshot(id);
    }
    if (request == null) {
      inFlight.decrementAndGet();
      return CompletableFuture.failedStage(closed(Optional.of(id), "the adapter is closed"));
    }
    request.operation = operation;
    request.evaluationId = evaluationId;

    Outcome<Conversation> outcome;
    try {
      outcome = request.resolve(options);
    } catch (RuntimeException bug) {
      // The port promises failures only through the stage, and only as the port's types.
      outcome =
          Outcome.failure(
              new ServerErrorException(
                  "The fake could not answer for conversation " + id + ": " + bug + " (HTTP 500, 1 attempt)",
                  FailureDetails.of(id).withStatus(500),
                  bug));
    }
    if (operation != Operation.GET && outcome.value != null) {
      synchronized (lock) {
        // A run stores its result, as the platform does, unless the conversation was replaced meanwhile.
        if (request.stored != null && conversations.get(id) == request.stored) {
          conversations.put(id, outcome.value);
        } else if (request.stored == null && recordCalls && !conversations.containsKey(id)) {
          generatedRuns.put(id, outcome.value);
        }
      }
    }
    return respond(Optional.of(id), outcome, request.latency, options);
  }

  /** Completes now, or after the latency on the scheduler; a deadline shorter than it times out. */
  private <T> CompletionStage<T> respond(
      Optional<ConversationId> id, Outcome<T> outcome, Duration delay, AnalysisOptions options) {
    Optional<Duration> deadline = options.timeout();
    if (deadline.isPresent() && delay.compareTo(deadline.get()) > 0) {
      delay = deadline.get();
      outcome =
          Outcome.failure(
              new AnalysisTimeoutException(
                  id.map(value -> "Analysis of conversation " + value).orElse("Listing conversations")
                      + " timed out after " + delay + " (1 attempt)",
                  id.map(FailureDetails::of).orElseGet(FailureDetails::unattributed),
                  delay,
                  null));
    }
    if (delay.isZero()) {
      inFlight.decrementAndGet();
      return outcome.stage();
    }
    return later(id, outcome, delay);
  }

  /** What a call needs from the fake's state, taken under the lock; consumes a scripted failure. */
  private Request snapshot(ConversationId id) {
    Request request = new Request(id);
    Deque<Script> script = failures.get(id);
    if (script != null && !script.isEmpty()) {
      Script head = script.peekFirst();
      request.failure = head.failure;
      if (head.remaining > 0 && --head.remaining == 0) {
        script.removeFirst();
      }
    }
    request.stored = conversations.get(id);
    request.lastRun = request.stored == null ? generatedRuns.get(id) : null;
    AgentId agent = request.stored != null ? request.stored.agentId() : GENERATED_AGENT;
    request.settings = agents.get(agent);
    request.verdicts = new LinkedHashMap<>(forcedVerdicts.getOrDefault(id, Map.of()));
    request.values = new LinkedHashMap<>(forcedValues.getOrDefault(id, Map.of()));
    request.latency = latencies.getOrDefault(id, latency);
    return request;
  }

  private <T> CompletionStage<T> later(Optional<ConversationId> id, Outcome<T> outcome, Duration delay) {
    Pending<T> call = new Pending<>(id);
    ScheduledExecutorService scheduler;
    synchronized (lock) {
      if (closed) {
        scheduler = null;
      } else {
        pending.add(call);
        scheduler = scheduler();
      }
    }
    if (scheduler == null) {
      finish(call, Outcome.failure(closed(id, "the adapter was closed before the call finished")));
      return call.future.minimalCompletionStage();
    }
    try {
      call.task = scheduler.schedule(() -> finish(call, outcome), nanos(delay), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException rejected) {
      finish(call, Outcome.failure(closed(id, "the scheduler refused the call")));
    }
    return call.future.minimalCompletionStage();
  }

  private <T> void finish(Pending<T> call, Outcome<T> outcome) {
    if (!call.done.compareAndSet(false, true)) {
      return;
    }
    synchronized (lock) {
      pending.remove(call);
    }
    // Out of flight before completion, so a caller that sees the stage done sees the count too.
    inFlight.decrementAndGet();
    outcome.completeInto(call.future);
  }

  private <T> void abandon(Pending<T> call) {
    Future<?> task = call.task;
    if (task != null) {
      task.cancel(false);
    }
    finish(call, Outcome.failure(closed(call.id, "the adapter was closed before the call finished")));
  }

  private ScheduledExecutorService scheduler() {
    if (suppliedScheduler != null) {
      return suppliedScheduler;
    }
    if (ownedScheduler == null) {
      ThreadFactory threads =
          task -> {
            Thread thread = new Thread(task, "convai-fake-latency-" + THREADS.incrementAndGet());
            thread.setDaemon(true); // a fake that was never closed must not keep the JVM alive
            return thread;
          };
      ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, threads);
      executor.setRemoveOnCancelPolicy(true);
      ownedScheduler = executor;
    }
    return ownedScheduler;
  }

  /**
   * Fails the calls still waiting with an {@link AdapterClosedException} and ends the fake's own
   * scheduler thread (a supplied scheduler is left running). Later calls fail the same way.
   * Idempotent.
   */
  @Override
  public void close() {
    List<Pending<?>> waiting;
    ScheduledExecutorService owned;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      waiting = new ArrayList<>(pending);
      owned = ownedScheduler;
    }
    for (Pending<?> call : waiting) {
      abandon(call);
    }
    if (owned != null) {
      owned.shutdownNow();
    }
  }

  @Override
  public String toString() {
    return "FakeConversationAnalysisAdapter[generateUnscripted=" + generateUnscripted + ", latency=" + latency + "]";
  }

  // conv_fake_00001, conv_fake_00002, ...: fixed ids, so a listing is the same on every run.
  private static Set<ConversationId> historyIds(int count) {
    Set<ConversationId> ids = new LinkedHashSet<>();
    for (int i = 1; i <= count; i++) {
      String number = Integer.toString(i);
      ids.add(ConversationId.of("conv_fake_" + "0".repeat(Math.max(0, 5 - number.length())) + number));
    }
    return Collections.unmodifiableSet(ids);
  }

  private static AdapterClosedException closed(Optional<ConversationId> id, String why) {
    return new AdapterClosedException(
        id.map(value -> "Analysis of conversation " + value).orElse("Listing conversations")
            + " failed: " + why + " (1 attempt)",
        id.map(FailureDetails::of).orElseGet(FailureDetails::unattributed),
        null);
  }

  /** A conversation as the fake shows it: analysed with these settings if done and set. */
  private static Conversation current(
      Conversation conversation, AgentSettings settings, Map<String, Verdict> verdicts, Map<String, JsonValue> values) {
    if (!conversation.isDone()) {
      return conversation;
    }
    Analysis analysis;
    if (settings != null) {
      analysis = AnalysisEngine.analyse(conversation, settings, verdicts, values);
    } else if (conversation.analysis().isPresent()) {
      analysis =
          AnalysisEngine.withForced(
              conversation.analysis().get(), !conversation.transcript().isEmpty(), verdicts, values, AgentSettings.empty());
    } else {
      analysis = AnalysisEngine.analyse(conversation, AgentSettings.empty(), verdicts, values);
    }
    return Conversation.builder().from(conversation).analysis(analysis).build();
  }

  private static long nanos(Duration delay) {
    try {
      return delay.toNanos();
    } catch (ArithmeticException beyondLong) {
      return Long.MAX_VALUE;
    }
  }

  private static void requireNotNegative(Duration latency) {
    Objects.requireNonNull(latency, "latency");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative, was " + latency);
    }
  }

  /** What a call asks of a conversation. */
  private enum Operation {
    ANALYSIS,
    EVALUATION,
    GET
  }

  /** One call's view of the fake, fixed when the call arrived. */
  private final class Request {
    final ConversationId id;
    ScriptedFailure failure;
    Conversation stored;
    AgentSettings settings;
    Map<String, Verdict> verdicts;
    Map<String, JsonValue> values;
    Duration latency;
    Operation operation = Operation.ANALYSIS;
    String evaluationId;
    Conversation lastRun;

    Request(ConversationId id) {
      this.id = id;
    }

    Outcome<Conversation> resolve(AnalysisOptions options) {
      if (failure != null) {
        return Outcome.failure(failure.toException(id, options));
      }
      Conversation conversation = stored;
      if (conversation == null) {
        if (!generateUnscripted && !historyIds.contains(id)) {
          return Outcome.failure(ScriptedFailure.of(FailureKind.NOT_FOUND).toException(id, options));
        }
        conversation = ConversationGenerator.generate(id);
      }
      switch (operation) {
        case GET:
          return Outcome.success(held(conversation));
        case EVALUATION:
          return evaluated(held(conversation), options);
        default:
          return Outcome.success(current(conversation, settings, verdicts, values));
      }
    }

    /** The conversation as the platform holds it: as scripted or last run, else as of now. */
    private Conversation held(Conversation conversation) {
      if (stored != null) {
        return stored;
      }
      return lastRun != null ? lastRun : current(conversation, settings, verdicts, values);
    }

    /** The conversation with one criterion run again and the call's success derived again. */
    private Outcome<Conversation> evaluated(Conversation conversation, AnalysisOptions options) {
      if (!conversation.isDone()) {
        return Outcome.success(conversation);
      }
      Analysis base = conversation.analysis().orElseGet(() -> Analysis.builder().build());
      Optional<EvaluationCriterion> criterion =
          settings == null
              ? Optional.empty()
              : settings.criteria().stream().filter(c -> c.id().equals(evaluationId)).findFirst();
      CriterionResult result;
      Verdict forced = verdicts.get(evaluationId);
      if (forced != null) {
        result = AnalysisEngine.forced(evaluationId, forced, settings == null ? AgentSettings.empty() : settings);
      } else if (criterion.isPresent()) {
        result = AnalysisEngine.evaluate(conversation, criterion.get());
      } else if (settings == null && base.evaluationCriteriaResults().containsKey(evaluationId)) {
        // No settings to run it under: the result stays as it was, as runAnalysis keeps it.
        return Outcome.success(conversation);
      } else {
        return Outcome.failure(
            ScriptedFailure.of(FailureKind.INVALID_REQUEST)
                .withViolations(
                    List.of(
                        new Violation(
                            List.of("body", "evaluation_id"),
                            "No evaluation criterion " + evaluationId + " on agent " + conversation.agentId(),
                            "value_error")))
                .toException(id, options));
      }
      Map<String, CriterionResult> criteria = new LinkedHashMap<>(base.evaluationCriteriaResults());
      criteria.put(evaluationId, result);
      Analysis analysis =
          Analysis.builder()
              .from(base)
              .evaluationCriteriaResults(criteria)
              .callSuccessful(AnalysisEngine.callSuccess(criteria, !conversation.transcript().isEmpty()))
              .build();
      return Outcome.success(Conversation.builder().from(conversation).analysis(analysis).build());
    }
  }

  /** A call waiting for its latency to pass. Identity semantics: each call is its own. */
  private static final class Pending<T> {
    final Optional<ConversationId> id;
    final CompletableFuture<T> future = new CompletableFuture<>();
    final AtomicBoolean done = new AtomicBoolean();
    volatile Future<?> task;

    Pending(Optional<ConversationId> id) {
      this.id = id;
    }
  }

  /** A scripted failure and how many more calls it applies to ({@code -1}: all). */
  private static final class Script {
    final ScriptedFailure failure;
    int remaining;

    Script(ScriptedFailure failure) {
      this.failure = failure;
      this.remaining = failure.repetitions().orElse(-1);
    }
  }

  /** The result of one call: a conversation or a failure. */
  private static final class Outcome<T> {
    private final T value;
    private final ConversationAnalysisException failure;

    private Outcome(T value, ConversationAnalysisException failure) {
      this.value = value;
      this.failure = failure;
    }

    static <T> Outcome<T> success(T value) {
      return new Outcome<>(Objects.requireNonNull(value, "value"), null);
    }

    static <T> Outcome<T> failure(ConversationAnalysisException failure) {
      return new Outcome<>(null, Objects.requireNonNull(failure, "failure"));
    }

    CompletionStage<T> stage() {
      return failure == null ? CompletableFuture.completedStage(value) : CompletableFuture.failedStage(failure);
    }

    void completeInto(CompletableFuture<T> future) {
      if (failure == null) {
        future.complete(value);
      } else {
        future.completeExceptionally(failure);
      }
    }
  }

  /** Options of a {@link FakeConversationAnalysisAdapter}. */
  public static final class Builder {
    private boolean generateUnscripted = true;
    private boolean recordCalls = true;
    private int generatedHistory = DEFAULT_GENERATED_HISTORY;
    private int maxPageSize = ConversationQuery.MAX_PAGE_SIZE;
    private Duration latency = Duration.ZERO;
    private ScheduledExecutorService scheduler;

    private Builder() {}

    /**
     * Whether ids nobody scripted get a generated conversation ({@code true}, the default) or fail
     * with {@link dev.convai.port.ConversationNotFoundException} ({@code false}).
     */
    public Builder generateUnscripted(boolean generateUnscripted) {
      this.generateUnscripted = generateUnscripted;
      return this;
    }

    /**
     * Whether every call is recorded for {@link FakeConversationAnalysisAdapter#calls()} and the
     * per-id counts ({@code true}, the default, for tests). Switch it off when the fake serves a
     * long batch (the demo's millions of ids): memory then stays flat, {@code calls()} stays empty
     * and only the total {@link FakeConversationAnalysisAdapter#callCount()} is kept.
     */
    public Builder recordCalls(boolean recordCalls) {
      this.recordCalls = recordCalls;
      return this;
    }

    /**
     * How many generated conversations the fake lists besides the scripted ones
     * ({@value FakeConversationAnalysisAdapter#DEFAULT_GENERATED_HISTORY} by default; 0 for none):
     * ids {@code conv_fake_00001} upwards, conversations of the {@link #GENERATED_AGENT} as an
     * unscripted id gets them, with start times spread over 2026. They can be fetched and run even
     * when {@link #generateUnscripted(boolean) unscripted ids} fail.
     */
    public Builder generatedHistory(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("generatedHistory must not be negative, was " + count);
      }
      this.generatedHistory = count;
      return this;
    }

    /**
     * The most conversations the fake puts on one page, whatever the query asks for (the API's
     * {@value ConversationQuery#MAX_PAGE_SIZE} by default): set it small to make a test page.
     */
    public Builder maxPageSize(int maxPageSize) {
      if (maxPageSize < 1) {
        throw new IllegalArgumentException("maxPageSize must be at least 1, was " + maxPageSize);
      }
      this.maxPageSize = maxPageSize;
      return this;
    }

    /** How long every call takes unless its id has a latency of its own; zero (the default): none. */
    public Builder latency(Duration latency) {
      requireNotNegative(latency);
      this.latency = latency;
      return this;
    }

    /**
     * Completes delayed calls on this scheduler instead of the fake's own thread. The caller owns
     * it: {@link FakeConversationAnalysisAdapter#close()} does not shut it down.
     */
    public Builder scheduler(ScheduledExecutorService scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /** The fake. */
    public FakeConversationAnalysisAdapter build() {
      return new FakeConversationAnalysisAdapter(this);
    }
  }
}
