package dev.convai.observe.testing;

import dev.convai.adapter.http.observe.AttemptFinished;
import dev.convai.adapter.http.observe.CallFinished;
import dev.convai.adapter.http.observe.CallStarted;
import dev.convai.adapter.http.observe.Operation;
import dev.convai.adapter.http.observe.RetryScheduled;
import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.FailureDetails;
import dev.convai.port.FailureKind;
import dev.convai.port.RateLimitedException;
import dev.convai.port.ServerErrorException;
import dev.convai.port.TransportException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** Named events of the listener API, as the adapter reports them. */
public final class CallEvents {

  public static final ConversationId CONVERSATION = ConversationId.of("conv_secretive_4711");

  private CallEvents() {}

  public static CallStarted runAnalysisStarted() {
    return started(Operation.RUN_ANALYSIS, "eu_residency");
  }

  public static CallStarted started(Operation operation, String region) {
    return new CallStarted(
        operation, "api.eu.residency.elevenlabs.io", 443, "https", region, Optional.of(CONVERSATION), 3);
  }

  public static AttemptFinished answered(int attempt, int status, long millis) {
    return new AttemptFinished(attempt, OptionalInt.of(status), Duration.ofMillis(millis), Optional.empty());
  }

  public static AttemptFinished failedWithStatus(int attempt, int status, FailureKind kind, long millis) {
    return new AttemptFinished(attempt, OptionalInt.of(status), Duration.ofMillis(millis), Optional.of(kind));
  }

  public static AttemptFinished failedWithoutResponse(int attempt, FailureKind kind, long millis) {
    return new AttemptFinished(attempt, OptionalInt.empty(), Duration.ofMillis(millis), Optional.of(kind));
  }

  public static RetryScheduled retryAfterBackoff(int nextAttempt, FailureKind reason, OptionalInt status) {
    return new RetryScheduled(nextAttempt, Duration.ofMillis(250), reason, status, false);
  }

  public static RetryScheduled retryAfterServerHint(int nextAttempt, FailureKind reason, int status) {
    return new RetryScheduled(nextAttempt, Duration.ofSeconds(2), reason, OptionalInt.of(status), true);
  }

  public static CallFinished succeeded(int attempts, long millis) {
    return new CallFinished(CallFinished.Outcome.SUCCESS, attempts, Duration.ofMillis(millis), Optional.empty());
  }

  public static CallFinished failed(ConversationAnalysisException failure, long millis) {
    return new CallFinished(
        CallFinished.Outcome.FAILURE, failure.attempts(), Duration.ofMillis(millis), Optional.of(failure));
  }

  public static CallFinished cancelled(int attempts, long millis) {
    return new CallFinished(CallFinished.Outcome.CANCELLED, attempts, Duration.ofMillis(millis), Optional.empty());
  }

  public static RateLimitedException rateLimited(int attempts) {
    return new RateLimitedException(
        "Rate limited analysing conversation " + CONVERSATION,
        FailureDetails.of(CONVERSATION).withStatus(429).withAttempts(attempts),
        Optional.of(Duration.ofSeconds(2)),
        null);
  }

  public static ServerErrorException serverError(int attempts) {
    return new ServerErrorException(
        "Server error analysing conversation " + CONVERSATION,
        FailureDetails.of(CONVERSATION).withStatus(503).withAttempts(attempts),
        null);
  }

  public static TransportException connectionRefused(int attempts) {
    return new TransportException(
        "Could not reach the server for conversation " + CONVERSATION,
        FailureDetails.of(CONVERSATION).withAttempts(attempts),
        new java.net.ConnectException("Connection refused"));
  }
}
