package dev.convai.adapter.fake;

import static dev.convai.adapter.fake.Stages.failure;
import static dev.convai.adapter.fake.Stages.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.AnalysisTimeoutException;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.FailureKind;
import dev.convai.port.InvalidRequestException;
import dev.convai.port.MalformedResponseException;
import dev.convai.port.RateLimitedException;
import dev.convai.port.ServerErrorException;
import dev.convai.port.TransportException;
import dev.convai.port.UnexpectedStatusException;
import dev.convai.port.Violation;
import java.net.ConnectException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScriptedFailuresTest {

  private static final ConversationId ID = ConversationId.of("conv_scripted");

  /** The status each kind carries by default, like the HTTP adapter's; empty: no response. */
  private static final Map<FailureKind, OptionalInt> STATUS = statuses();

  private final FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.create();

  @AfterEach
  void close() {
    fake.close();
  }

  @ParameterizedTest
  @EnumSource(FailureKind.class)
  void alwaysFailsEveryCall(FailureKind kind) {
    fake.fail(ID, kind);

    for (int call = 1; call <= 3; call++) {
      ConversationAnalysisException failure = failure(fake.runAnalysis(ID));
      assertEquals(kind, failure.kind(), "call " + call);
      assertEquals(Optional.of(ID), failure.conversationId());
      assertEquals(STATUS.get(kind), failure.status());
      assertEquals(1, failure.attempts());
      assertTrue(failure.getMessage().contains(ID.value()), failure.getMessage());
    }
  }

  @ParameterizedTest
  @EnumSource(FailureKind.class)
  void onceFailsTheNextCallThenSucceeds(FailureKind kind) {
    fake.fail(ID, ScriptedFailure.of(kind).once());

    assertEquals(kind, failure(fake.runAnalysis(ID)).kind());
    assertEquals(ID, value(fake.runAnalysis(ID)).conversationId());
    assertEquals(ID, value(fake.runAnalysis(ID)).conversationId());
  }

  @ParameterizedTest
  @EnumSource(FailureKind.class)
  void timesFailsThatManyCallsThenSucceeds(FailureKind kind) {
    fake.fail(ID, ScriptedFailure.of(kind).times(3));

    for (int call = 1; call <= 3; call++) {
      assertEquals(kind, failure(fake.runAnalysis(ID)).kind(), "call " + call);
    }
    assertEquals(ID, value(fake.runAnalysis(ID)).conversationId());
  }

  @Test
  void failuresOfOneIdLeaveOtherIdsAlone() {
    fake.fail(ID, FailureKind.SERVER_ERROR);

    assertEquals(ConversationId.of("conv_other"), value(fake.runAnalysis(ConversationId.of("conv_other"))).conversationId());
  }

  @Test
  void scriptedFailuresPlayOutInTheOrderTheyWereAdded() {
    fake.fail(ID, ScriptedFailure.of(FailureKind.RATE_LIMITED).once())
        .fail(ID, ScriptedFailure.of(FailureKind.SERVER_ERROR).times(2))
        .fail(ID, ScriptedFailure.of(FailureKind.TRANSPORT).once());

    assertEquals(FailureKind.RATE_LIMITED, failure(fake.runAnalysis(ID)).kind());
    assertEquals(FailureKind.SERVER_ERROR, failure(fake.runAnalysis(ID)).kind());
    assertEquals(FailureKind.SERVER_ERROR, failure(fake.runAnalysis(ID)).kind());
    assertEquals(FailureKind.TRANSPORT, failure(fake.runAnalysis(ID)).kind());
    assertEquals(ID, value(fake.runAnalysis(ID)).conversationId());
  }

  @Test
  void clearingFailuresLetsTheNextCallSucceed() {
    fake.fail(ID, FailureKind.AUTHENTICATION);
    assertEquals(FailureKind.AUTHENTICATION, failure(fake.runAnalysis(ID)).kind());

    fake.clearFailures(ID);

    assertEquals(ID, value(fake.runAnalysis(ID)).conversationId());
  }

  @Test
  void anInvalidRequestCarriesItsViolationsAndTheirValidationErrorBody() {
    Violation violation = new Violation(List.of("body", "limit"), "must be \"positive\"", "greater_than");
    fake.fail(ID, ScriptedFailure.of(FailureKind.INVALID_REQUEST).withStatus(400).withViolations(List.of(violation)));

    InvalidRequestException failure = failure(InvalidRequestException.class, fake.runAnalysis(ID));

    assertEquals(List.of(violation), failure.violations());
    assertEquals(OptionalInt.of(400), failure.status());
    assertEquals(
        Optional.of("{\"detail\":[{\"loc\":[\"body\",\"limit\"],\"msg\":\"must be \\\"positive\\\"\",\"type\":\"greater_than\"}]}"),
        failure.bodyExcerpt());
  }

  @Test
  void anInvalidRequestHasOneViolationByDefault() {
    fake.fail(ID, FailureKind.INVALID_REQUEST);

    assertEquals(1, failure(InvalidRequestException.class, fake.runAnalysis(ID)).violations().size());
  }

  @Test
  void rateLimitingCarriesItsRetryHintOrNone() {
    fake.fail(ID, ScriptedFailure.of(FailureKind.RATE_LIMITED).withRetryAfter(Duration.ofSeconds(7)).once())
        .fail(ID, ScriptedFailure.of(FailureKind.RATE_LIMITED).withoutRetryAfter().once())
        .fail(ID, ScriptedFailure.of(FailureKind.RATE_LIMITED).once());

    assertEquals(Optional.of(Duration.ofSeconds(7)), failure(RateLimitedException.class, fake.runAnalysis(ID)).retryAfter());
    assertEquals(Optional.empty(), failure(RateLimitedException.class, fake.runAnalysis(ID)).retryAfter());
    assertEquals(Optional.of(Duration.ofSeconds(1)), failure(RateLimitedException.class, fake.runAnalysis(ID)).retryAfter());
  }

  @Test
  void aTimeoutReportsTheScriptedDeadlineElseTheCallsElseTheHttpDefault() {
    fake.fail(ID, ScriptedFailure.of(FailureKind.TIMEOUT).withTimeout(Duration.ofSeconds(3)).once())
        .fail(ID, ScriptedFailure.of(FailureKind.TIMEOUT).times(2));

    assertEquals(Duration.ofSeconds(3), failure(AnalysisTimeoutException.class, fake.runAnalysis(ID)).timeout());
    assertEquals(
        Duration.ofSeconds(9),
        failure(AnalysisTimeoutException.class, fake.runAnalysis(ID, AnalysisOptions.defaults().withTimeout(Duration.ofSeconds(9))))
            .timeout());
    assertEquals(Duration.ofSeconds(240), failure(AnalysisTimeoutException.class, fake.runAnalysis(ID)).timeout());
  }

  @Test
  void aMalformedResponseCarriesItsJsonPathAndABodyThatBreaksOff() {
    fake.fail(ID, ScriptedFailure.of(FailureKind.MALFORMED_RESPONSE).withJsonPath("$.transcript[3].role"));

    MalformedResponseException failure = failure(MalformedResponseException.class, fake.runAnalysis(ID));

    assertEquals(Optional.of("$.transcript[3].role"), failure.jsonPath());
    assertEquals(Optional.of("{\"conversation_id\":\"conv_scripted\",\"status\":"), failure.bodyExcerpt());
  }

  @Test
  void aTransportFailureHasNoResponseAndAConnectionCause() {
    fake.fail(ID, FailureKind.TRANSPORT);

    TransportException failure = failure(TransportException.class, fake.runAnalysis(ID));

    assertEquals(Optional.empty(), failure.bodyExcerpt());
    assertInstanceOf(ConnectException.class, failure.getCause());
  }

  @Test
  void statusesAndBodiesCanBeChosenWhereTheKindAllowsThem() {
    fake.fail(ID, ScriptedFailure.of(FailureKind.SERVER_ERROR).withStatus(503).withBody("upstream busy").once())
        .fail(ID, ScriptedFailure.of(FailureKind.UNEXPECTED_STATUS).withStatus(302).once());

    ServerErrorException serverError = failure(ServerErrorException.class, fake.runAnalysis(ID));
    assertEquals(OptionalInt.of(503), serverError.status());
    assertEquals(Optional.of("upstream busy"), serverError.bodyExcerpt());
    assertEquals(OptionalInt.of(302), failure(UnexpectedStatusException.class, fake.runAnalysis(ID)).status());
  }

  @Test
  void whatAKindCannotCarryIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ScriptedFailure.of(FailureKind.NOT_FOUND).withStatus(410));
    assertThrows(IllegalArgumentException.class, () -> ScriptedFailure.of(FailureKind.SERVER_ERROR).withStatus(499));
    assertThrows(IllegalArgumentException.class, () -> ScriptedFailure.of(FailureKind.UNEXPECTED_STATUS).withStatus(404));
    assertThrows(IllegalArgumentException.class, () -> ScriptedFailure.of(FailureKind.UNEXPECTED_STATUS).withStatus(200));
    assertThrows(IllegalArgumentException.class, () -> ScriptedFailure.of(FailureKind.TIMEOUT).withStatus(504));
    assertThrows(IllegalArgumentException.class, () -> ScriptedFailure.of(FailureKind.TRANSPORT).withBody("x"));
    assertThrows(IllegalArgumentException.class, () -> ScriptedFailure.of(FailureKind.CONFLICT).withViolations(List.of()));
    assertThrows(IllegalArgumentException.class, () -> ScriptedFailure.of(FailureKind.SERVER_ERROR).withRetryAfter(Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> ScriptedFailure.of(FailureKind.RATE_LIMITED).withRetryAfter(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> ScriptedFailure.of(FailureKind.CONFLICT).times(0));
  }

  @Test
  void repetitionsSayForHowManyCalls() {
    assertEquals(OptionalInt.empty(), ScriptedFailure.of(FailureKind.CONFLICT).repetitions());
    assertEquals(OptionalInt.of(1), ScriptedFailure.of(FailureKind.CONFLICT).once().repetitions());
    assertEquals(OptionalInt.of(4), ScriptedFailure.of(FailureKind.CONFLICT).times(4).repetitions());
    assertEquals(OptionalInt.empty(), ScriptedFailure.of(FailureKind.CONFLICT).times(4).always().repetitions());
  }

  private static Map<FailureKind, OptionalInt> statuses() {
    Map<FailureKind, OptionalInt> statuses = new EnumMap<>(FailureKind.class);
    statuses.put(FailureKind.NOT_FOUND, OptionalInt.of(404));
    statuses.put(FailureKind.INVALID_REQUEST, OptionalInt.of(422));
    statuses.put(FailureKind.AUTHENTICATION, OptionalInt.of(401));
    statuses.put(FailureKind.PERMISSION_DENIED, OptionalInt.of(403));
    statuses.put(FailureKind.CONFLICT, OptionalInt.of(409));
    statuses.put(FailureKind.RATE_LIMITED, OptionalInt.of(429));
    statuses.put(FailureKind.SERVER_ERROR, OptionalInt.of(500));
    statuses.put(FailureKind.UNEXPECTED_STATUS, OptionalInt.of(418));
    statuses.put(FailureKind.TIMEOUT, OptionalInt.empty());
    statuses.put(FailureKind.TRANSPORT, OptionalInt.empty());
    statuses.put(FailureKind.MALFORMED_RESPONSE, OptionalInt.of(200));
    statuses.put(FailureKind.CLOSED, OptionalInt.empty());
    return statuses;
  }
}
