package dev.convai.port.contract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.AnalysisScope;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.json.JsonValue;
import dev.convai.port.AdapterClosedException;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.AnalysisTimeoutException;
import dev.convai.port.AuthenticationException;
import dev.convai.port.ConflictException;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.ConversationAnalysisPort;
import dev.convai.port.ConversationNotFoundException;
import dev.convai.port.FailureKind;
import dev.convai.port.InvalidRequestException;
import dev.convai.port.MalformedResponseException;
import dev.convai.port.PermissionDeniedException;
import dev.convai.port.RateLimitedException;
import dev.convai.port.ServerErrorException;
import dev.convai.port.TransportException;
import dev.convai.port.UnexpectedStatusException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link ConversationAnalysisPort} promises, as tests: the returned conversation has the
 * requested id and is what the backend holds; a done conversation carries its analysis; an unknown
 * id fails with not-found; each failure kind arrives through the stage as its own type, never
 * thrown; stages never complete with {@code null}; a thousand concurrent calls all complete, each
 * exactly once; the same id twice with nothing changed gives equal results; with retries off a
 * retryable failure is tried once, and the attempts a failure reports are the requests made.
 * {@code runEvaluation} changes the one criterion it runs and leaves the other results, takes any
 * scope, refuses blank evaluation ids before any request, and fails as {@code runAnalysis} does.
 *
 * <h2>Plugging in an implementation</h2>
 *
 * Depend on core's test-jar in test scope ({@code convai-analysis-core}, {@code
 * <type>test-jar</type>}), extend this class in a test named {@code *ContractTest}, and implement
 * {@link #openHarness()}: it returns a fresh {@link ContractHarness} for each test method, which
 * this class closes after it. The harness hands out the port and arranges what its backend holds:
 *
 * <pre>{@code
 * class FakeConversationAnalysisAdapterContractTest extends ConversationAnalysisPortContract {
 *   @Override
 *   protected ContractHarness openHarness() {
 *     var fake = FakeConversationAnalysisAdapter.builder().generateUnscripted(false).build();
 *     return new ContractHarness() {
 *       public ConversationAnalysisPort port() { return fake; }
 *       public void scriptConversation(Conversation c) { fake.putConversation(c); }
 *       public void scriptFailure(ConversationId id, FailureKind kind) { fake.fail(id, kind); }
 *       public void scriptEvaluation(ConversationId id, String evaluationId, Verdict verdict) {
 *         fake.forceVerdict(id, evaluationId, verdict);
 *       }
 *       public ConversationId unknownId() { return ConversationId.of("conv_contract_unknown"); }
 *       public int requestsReceived(ConversationId id) { return fake.callCount(id); }
 *       public void close() { fake.close(); }
 *     };
 *   }
 * }
 * }</pre>
 *
 * A remote implementation's harness runs a server on the loopback interface (port 0) that plays
 * the backend: it answers each request with the conversation scripted for its id in the API's
 * JSON, or with the scripted failure's status and body (no answer for a timeout, a closed
 * connection for a transport failure, a success status with a body that is not a conversation for
 * a malformed response), counts the requests per id, and configures the port with a deadline of a
 * few seconds so that the timeout case ends quickly.
 *
 * <p>Every wait in these tests is bounded by a generous {@value #PATIENCE_SECONDS} s so that a
 * stage that never completes fails the test instead of hanging it; no test measures time.
 */
public abstract class ConversationAnalysisPortContract {

  /** How long any one wait may take before the test fails as hung. A bound, not a measurement. */
  static final long PATIENCE_SECONDS = 60;

  private static final int CONCURRENT_CALLS = 1000;
  private static final int CALLER_THREADS = 8;

  private static final Map<FailureKind, Class<? extends ConversationAnalysisException>> TYPES = types();

  private ContractHarness harness;

  /**
   * A new harness for one test method, with nothing scripted; closed by this class afterwards.
   *
   * @throws Exception if it cannot be set up (a server that does not start), failing the test
   */
  protected abstract ContractHarness openHarness() throws Exception;

  @BeforeEach
  final void openTheHarness() throws Exception {
    harness = Objects.requireNonNull(openHarness(), "openHarness() returned null");
  }

  @AfterEach
  final void closeTheHarness() throws Exception {
    if (harness != null) {
      harness.close();
    }
  }

  @Test
  final void returnsTheScriptedConversationUnderTheRequestedId() {
    ConversationId id = ConversationId.of("conv_contract_returns");
    Conversation scripted = ContractConversations.done(id);
    harness.scriptConversation(scripted);

    Conversation returned = succeeded(id, call(id, AnalysisOptions.defaults()));

    assertEquals(id, returned.conversationId());
    assertEquals(scripted, returned, "the port must return the conversation the backend holds, field for field");
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "a",
        "...",
        "conv with spaces",
        "conv/with/slashes",
        "conv?query=1#fragment",
        "conv%2Fpercent%25",
        "conv+plus&amp;semi;colon",
        "konversation_ä_ß_✓_😀"
      })
  final void returnsTheRequestedIdWhateverCharactersItHas(String text) {
    ConversationId id = ConversationId.of(text);
    harness.scriptConversation(ContractConversations.done(id));

    Conversation returned = succeeded(id, call(id, AnalysisOptions.defaults()));

    assertEquals(id, returned.conversationId());
  }

  @Test
  final void aDoneConversationCarriesItsAnalysis() {
    ConversationId id = ConversationId.of("conv_contract_done");
    Conversation scripted = ContractConversations.done(id);
    harness.scriptConversation(scripted);

    Conversation returned = succeeded(id, call(id, AnalysisOptions.defaults()));

    assertTrue(returned.isDone(), () -> "expected a done conversation, got status " + returned.status());
    Analysis analysis =
        returned.analysis().orElseThrow(() -> new AssertionError("a done conversation must carry its analysis"));
    assertEquals(scripted.analysis().orElseThrow(), analysis);
    assertEquals(
        List.of("upsell"),
        returned.failedCriteria().stream().map(CriterionResult::criteriaId).collect(Collectors.toList()));
    assertEquals(Optional.of(JsonValue.of(4711L)), analysis.dataCollectionValue("order"));
  }

  @Test
  final void anUnknownIdFailsWithNotFound() {
    ConversationId id = harness.unknownId();

    ConversationAnalysisException failure = failed(id, call(id, AnalysisOptions.defaults()));

    assertInstanceOf(ConversationNotFoundException.class, failure);
    assertEquals(FailureKind.NOT_FOUND, failure.kind());
    assertEquals(Optional.of(id), failure.conversationId());
    assertEquals(404, failure.status().orElse(404), "a not-found failure with a status has 404");
    assertTrue(failure.attempts() >= 1);
  }

  @ParameterizedTest
  // CLOSED is the caller's own act (closing the adapter), not something a backend can be scripted to do.
  @EnumSource(value = FailureKind.class, mode = EnumSource.Mode.EXCLUDE, names = "CLOSED")
  final void eachFailureKindArrivesThroughTheStageAsItsOwnType(FailureKind kind) {
    ConversationId id = ConversationId.of("conv_contract_" + kind.name().toLowerCase(Locale.ROOT));
    harness.scriptFailure(id, kind);

    ConversationAnalysisException failure = failed(id, call(id, AnalysisOptions.defaults().withoutRetries()));

    assertEquals(TYPES.get(kind), failure.getClass());
    assertEquals(kind, failure.kind());
    assertEquals(Optional.of(id), failure.conversationId());
    assertEquals(1, failure.attempts(), "retries were off");
    assertStatusFits(kind, failure.status());
  }

  @ParameterizedTest
  @EnumSource(names = {"CONFLICT", "RATE_LIMITED", "SERVER_ERROR", "TRANSPORT"})
  final void withRetriesOffARetryableFailureIsTriedExactlyOnce(FailureKind kind) {
    ConversationId id = ConversationId.of("conv_contract_once_" + kind.name().toLowerCase(Locale.ROOT));
    harness.scriptFailure(id, kind);

    ConversationAnalysisException failure = failed(id, call(id, AnalysisOptions.defaults().withoutRetries()));

    assertEquals(TYPES.get(kind), failure.getClass());
    assertEquals(1, failure.attempts());
    assertEquals(1, harness.requestsReceived(id), "requests that reached the backend");
  }

  @Test
  final void theAttemptsAFailureReportsAreTheRequestsMade() {
    ConversationId id = ConversationId.of("conv_contract_attempts");
    harness.scriptFailure(id, FailureKind.SERVER_ERROR);

    ConversationAnalysisException failure = failed(id, call(id, AnalysisOptions.defaults()));

    assertInstanceOf(ServerErrorException.class, failure);
    assertTrue(failure.attempts() >= 1);
    assertEquals(harness.requestsReceived(id), failure.attempts(), "attempts reported vs requests received");
  }

  @Test
  final void stagesAreNeverNullAndNeverCompleteWithNull() {
    ConversationId found = ConversationId.of("conv_contract_not_null");
    ConversationId failing = ConversationId.of("conv_contract_not_null_failing");
    harness.scriptConversation(ContractConversations.done(found));
    harness.scriptFailure(failing, FailureKind.SERVER_ERROR);

    for (ConversationId id : List.of(found, failing, harness.unknownId())) {
      Outcome outcome = await(call(id, AnalysisOptions.defaults().withoutRetries()));
      assertTrue(
          (outcome.value == null) != (outcome.failure == null),
          () -> "a stage completes with a conversation or with a failure, got " + outcome + " for " + id);
    }
  }

  @Test
  final void aThousandConcurrentCallsAllCompleteEachExactlyOnce() throws Exception {
    List<ConversationId> ids = new ArrayList<>();
    for (int i = 0; i < CONCURRENT_CALLS; i++) {
      ConversationId id = ConversationId.of("conv_contract_many_" + i);
      ids.add(id);
      if (i % 2 == 0) {
        harness.scriptConversation(ContractConversations.done(id));
      } else {
        harness.scriptFailure(id, FailureKind.NOT_FOUND);
      }
    }
    ConversationAnalysisPort port = harness.port();
    AtomicIntegerArray completions = new AtomicIntegerArray(CONCURRENT_CALLS);
    AtomicReferenceArray<Outcome> outcomes = new AtomicReferenceArray<>(CONCURRENT_CALLS);
    List<CompletableFuture<Void>> done = new ArrayList<>();
    for (int i = 0; i < CONCURRENT_CALLS; i++) {
      done.add(new CompletableFuture<>());
    }

    // Several threads call at once behind a gate, so the port sees truly concurrent calls.
    ExecutorService callers = Executors.newFixedThreadPool(CALLER_THREADS);
    try {
      CountDownLatch gate = new CountDownLatch(1);
      List<Future<?>> submissions = new ArrayList<>();
      for (int t = 0; t < CALLER_THREADS; t++) {
        int first = t;
        submissions.add(
            callers.submit(
                () -> {
                  gate.await();
                  for (int i = first; i < CONCURRENT_CALLS; i += CALLER_THREADS) {
                    int index = i;
                    CompletionStage<Conversation> stage = port.runAnalysis(ids.get(index), AnalysisOptions.defaults());
                    Objects.requireNonNull(stage, "runAnalysis returned null");
                    stage.whenComplete(
                        (value, error) -> {
                          completions.incrementAndGet(index);
                          outcomes.set(index, new Outcome(value, unwrap(error)));
                          done.get(index).complete(null);
                        });
                  }
                  return null;
                }));
      }
      gate.countDown();
      for (Future<?> submission : submissions) {
        submission.get(PATIENCE_SECONDS, TimeUnit.SECONDS); // rethrows anything runAnalysis threw
      }
      try {
        CompletableFuture.allOf(done.toArray(new CompletableFuture<?>[0])).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException hung) {
        long open = done.stream().filter(future -> !future.isDone()).count();
        fail(open + " of " + CONCURRENT_CALLS + " concurrent calls never completed");
      }
    } finally {
      callers.shutdownNow();
    }

    for (int i = 0; i < CONCURRENT_CALLS; i++) {
      ConversationId id = ids.get(i);
      assertEquals(1, completions.get(i), "completions of the call for " + id);
      Outcome outcome = outcomes.get(i);
      if (i % 2 == 0) {
        assertNotNull(outcome.value, () -> "expected the conversation " + id + ", got " + outcome);
        assertEquals(id, outcome.value.conversationId());
      } else {
        assertInstanceOf(ConversationNotFoundException.class, outcome.failure, () -> "for " + id);
        assertEquals(Optional.of(id), ((ConversationAnalysisException) outcome.failure).conversationId());
      }
      assertEquals(1, harness.requestsReceived(id), "requests that reached the backend for " + id);
    }
  }

  @Test
  final void theSameIdTwiceWithNothingChangedGivesEqualResults() {
    ConversationId id = ConversationId.of("conv_contract_twice");
    harness.scriptConversation(ContractConversations.done(id));

    Conversation first = succeeded(id, call(id, AnalysisOptions.defaults()));
    Conversation second = succeeded(id, call(id, AnalysisOptions.defaults()));
    assertEquals(first, second);

    ConversationId unknown = harness.unknownId();
    ConversationAnalysisException firstFailure = failed(unknown, call(unknown, AnalysisOptions.defaults()));
    ConversationAnalysisException secondFailure = failed(unknown, call(unknown, AnalysisOptions.defaults()));
    assertEquals(firstFailure.getClass(), secondFailure.getClass());
    assertEquals(firstFailure.conversationId(), secondFailure.conversationId());
    assertEquals(firstFailure.status(), secondFailure.status());
  }

  // ------------------------------------------------------------------------------------ helpers

  // ---------------------------------------------------------------------------- runEvaluation

  @Test
  final void runEvaluationChangesThatCriterionAndLeavesTheOtherResults() {
    ConversationId id = ConversationId.of("conv_contract_evaluation");
    Conversation scripted = ContractConversations.done(id);
    harness.scriptConversation(scripted);
    harness.scriptEvaluation(id, "upsell", Verdict.SUCCESS);

    Conversation returned = succeeded(id, evaluate(id, "upsell", Optional.empty(), AnalysisOptions.defaults()));

    assertEquals(id, returned.conversationId());
    Analysis before = scripted.analysis().orElseThrow();
    Analysis after = returned.analysis().orElseThrow(() -> new AssertionError("the conversation lost its analysis"));
    assertEquals(Verdict.SUCCESS, after.evaluationCriteriaResults().get("upsell").result(), "the criterion that ran again");
    assertEquals(before.evaluationCriteriaResults().get("greeting"), after.evaluationCriteriaResults().get("greeting"));
    assertEquals(before.evaluationCriteriaResults().get("tone"), after.evaluationCriteriaResults().get("tone"));
    assertEquals(before.evaluationCriteriaResults().keySet(), after.evaluationCriteriaResults().keySet());
    assertEquals(before.dataCollectionResults(), after.dataCollectionResults(), "data collection is not re-run");
    assertEquals(scripted.transcript(), returned.transcript());
    assertEquals(1, harness.requestsReceived(id));
  }

  @ParameterizedTest
  @ValueSource(strings = {"conversation", "agent", "a_scope_added_later"})
  final void runEvaluationTakesAScopeAndOptions(String scope) {
    ConversationId id = ConversationId.of("conv_contract_evaluation_scope");
    harness.scriptConversation(ContractConversations.done(id));
    harness.scriptEvaluation(id, "greeting", Verdict.FAILURE);

    Conversation returned =
        succeeded(
            id,
            evaluate(id, "greeting", Optional.of(AnalysisScope.of(scope)), AnalysisOptions.defaults().withoutRetries()));

    assertEquals(id, returned.conversationId());
    assertEquals(Verdict.FAILURE, returned.analysis().orElseThrow().evaluationCriteriaResults().get("greeting").result());
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", " ", "\t\n"})
  final void aBlankEvaluationIdIsRefusedBeforeAnyRequest(String blank) {
    ConversationId id = ConversationId.of("conv_contract_evaluation_blank");
    harness.scriptConversation(ContractConversations.done(id));
    ConversationAnalysisPort port = harness.port();

    assertThrows(IllegalArgumentException.class, () -> port.runEvaluation(id, blank));
    assertThrows(
        IllegalArgumentException.class,
        () -> port.runEvaluation(id, blank, AnalysisScope.AGENT, AnalysisOptions.defaults()));
    assertThrows(NullPointerException.class, () -> port.runEvaluation(id, null));
    assertEquals(0, harness.requestsReceived(id), "no request for a blank evaluation id");
  }

  @ParameterizedTest
  @EnumSource(value = FailureKind.class, mode = EnumSource.Mode.EXCLUDE, names = "CLOSED")
  final void runEvaluationFailuresArriveThroughTheStageAsTheirOwnType(FailureKind kind) {
    ConversationId id = ConversationId.of("conv_contract_evaluation_" + kind.name().toLowerCase(Locale.ROOT));
    harness.scriptFailure(id, kind);

    ConversationAnalysisException failure =
        failed(id, evaluate(id, "greeting", Optional.empty(), AnalysisOptions.defaults().withoutRetries()));

    assertEquals(TYPES.get(kind), failure.getClass());
    assertEquals(Optional.of(id), failure.conversationId());
    assertEquals(1, failure.attempts(), "retries were off");
    assertEquals(1, harness.requestsReceived(id), "requests that reached the backend");
    assertStatusFits(kind, failure.status());
  }

  @Test
  final void runEvaluationOfAnUnknownIdFailsWithNotFound() {
    ConversationId id = harness.unknownId();

    ConversationAnalysisException failure = failed(id, evaluate(id, "greeting", Optional.empty(), AnalysisOptions.defaults()));

    assertInstanceOf(ConversationNotFoundException.class, failure);
  }

  @Test
  final void runEvaluationRetriesLikeRunAnalysis() {
    ConversationId id = ConversationId.of("conv_contract_evaluation_attempts");
    harness.scriptFailure(id, FailureKind.SERVER_ERROR);

    ConversationAnalysisException failure = failed(id, evaluate(id, "greeting", Optional.empty(), AnalysisOptions.defaults()));

    assertInstanceOf(ServerErrorException.class, failure);
    assertEquals(harness.requestsReceived(id), failure.attempts(), "attempts reported vs requests received");
  }

  private CompletionStage<Conversation> evaluate(
      ConversationId id, String evaluationId, Optional<AnalysisScope> scope, AnalysisOptions options) {
    ConversationAnalysisPort port = harness.port();
    CompletionStage<Conversation> stage =
        assertDoesNotThrow(
            () ->
                scope.isPresent()
                    ? port.runEvaluation(id, evaluationId, scope.get(), options)
                    : port.runEvaluation(id, evaluationId, options),
            "runEvaluation must not throw for a valid evaluation id: every failure arrives through the stage");
    assertNotNull(stage, "runEvaluation must not return null");
    return stage;
  }

  private CompletionStage<Conversation> call(ConversationId id, AnalysisOptions options) {
    CompletionStage<Conversation> stage =
        assertDoesNotThrow(
            () -> harness.port().runAnalysis(id, options),
            "runAnalysis must not throw: every failure arrives through the stage");
    assertNotNull(stage, "runAnalysis must not return null");
    return stage;
  }

  private static Conversation succeeded(ConversationId id, CompletionStage<Conversation> stage) {
    Outcome outcome = await(stage);
    if (outcome.failure != null) {
      throw new AssertionError("expected the conversation " + id + ", but the call failed", outcome.failure);
    }
    assertNotNull(outcome.value, "a stage must not complete with null");
    return outcome.value;
  }

  private static ConversationAnalysisException failed(ConversationId id, CompletionStage<Conversation> stage) {
    Outcome outcome = await(stage);
    if (outcome.failure == null) {
      fail("expected a failure for " + id + ", but the call returned " + outcome.value);
    }
    return assertInstanceOf(
        ConversationAnalysisException.class,
        outcome.failure,
        () -> "failures must be ConversationAnalysisExceptions, got " + outcome.failure);
  }

  /** How the stage completed, through its own callback (any stage, not only CompletableFuture). */
  private static Outcome await(CompletionStage<Conversation> stage) {
    CompletableFuture<Outcome> bridge = new CompletableFuture<>();
    stage.whenComplete((value, error) -> bridge.complete(new Outcome(value, unwrap(error))));
    try {
      return bridge.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException hung) {
      throw new AssertionError("the stage did not complete within " + PATIENCE_SECONDS + " s: every stage must complete");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the stage", interrupted);
    } catch (ExecutionException impossible) {
      throw new AssertionError("the bridge never fails", impossible);
    }
  }

  /** The failure itself, out of the CompletionException that composition may wrap it in. */
  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** The status, where the failure has one, is one that its kind stands for. */
  private static void assertStatusFits(FailureKind kind, OptionalInt status) {
    switch (kind) {
      case TIMEOUT:
      case TRANSPORT:
        assertEquals(OptionalInt.empty(), status, "no response arrived, so there is no status");
        return;
      default:
        break;
    }
    if (status.isEmpty()) {
      return;
    }
    int code = status.getAsInt();
    switch (kind) {
      case NOT_FOUND:
        assertEquals(404, code);
        break;
      case INVALID_REQUEST:
        assertTrue(code == 400 || code == 422, () -> "400 or 422, was " + code);
        break;
      case AUTHENTICATION:
        assertEquals(401, code);
        break;
      case PERMISSION_DENIED:
        assertEquals(403, code);
        break;
      case CONFLICT:
        assertEquals(409, code);
        break;
      case RATE_LIMITED:
        assertEquals(429, code);
        break;
      case SERVER_ERROR:
        assertTrue(code >= 500 && code <= 599, () -> "a 5xx, was " + code);
        break;
      case UNEXPECTED_STATUS:
        assertTrue(
            !(code >= 200 && code <= 299) && code < 500 && !List.of(400, 401, 403, 404, 409, 422, 429).contains(code),
            () -> "a status without a type of its own, was " + code);
        break;
      case MALFORMED_RESPONSE:
        assertTrue(code >= 200 && code <= 299, () -> "a success status, was " + code);
        break;
      default:
        fail("unexpected kind " + kind);
    }
  }

  private static Map<FailureKind, Class<? extends ConversationAnalysisException>> types() {
    Map<FailureKind, Class<? extends ConversationAnalysisException>> types = new EnumMap<>(FailureKind.class);
    types.put(FailureKind.NOT_FOUND, ConversationNotFoundException.class);
    types.put(FailureKind.INVALID_REQUEST, InvalidRequestException.class);
    types.put(FailureKind.AUTHENTICATION, AuthenticationException.class);
    types.put(FailureKind.PERMISSION_DENIED, PermissionDeniedException.class);
    types.put(FailureKind.CONFLICT, ConflictException.class);
    types.put(FailureKind.RATE_LIMITED, RateLimitedException.class);
    types.put(FailureKind.SERVER_ERROR, ServerErrorException.class);
    types.put(FailureKind.UNEXPECTED_STATUS, UnexpectedStatusException.class);
    types.put(FailureKind.TIMEOUT, AnalysisTimeoutException.class);
    types.put(FailureKind.TRANSPORT, TransportException.class);
    types.put(FailureKind.MALFORMED_RESPONSE, MalformedResponseException.class);
    types.put(FailureKind.CLOSED, AdapterClosedException.class);
    return types;
  }

  /** How one stage completed: exactly one of the two is set for a port that keeps the contract. */
  private static final class Outcome {
    final Conversation value;
    final Throwable failure;

    Outcome(Conversation value, Throwable failure) {
      this.value = value;
      this.failure = failure;
    }

    @Override
    public String toString() {
      return failure != null ? "failure " + failure : "value " + value;
    }
  }
}
