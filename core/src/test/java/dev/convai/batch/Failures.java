package dev.convai.batch;

import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.ConversationNotFoundException;
import dev.convai.port.FailureDetails;
import dev.convai.port.RateLimitReason;
import dev.convai.port.RateLimitedException;
import dev.convai.port.ServerErrorException;
import java.time.Duration;
import java.util.Optional;

/** Port failures as an adapter would report them. */
final class Failures {

  private Failures() {}

  static ConversationAnalysisException notFound(ConversationId id) {
    return new ConversationNotFoundException(
        "No conversation " + id, FailureDetails.of(id).withStatus(404), null);
  }

  static ConversationAnalysisException serverError(ConversationId id) {
    return new ServerErrorException("Server failed for " + id, FailureDetails.of(id).withStatus(503), null);
  }

  /** The API's answer when the account already has as many requests in flight as it may. */
  static RateLimitedException concurrencyLimited(ConversationId id, Duration retryAfter) {
    return new RateLimitedException(
        "Rate limited running analysis of conversation " + id + ": Too many concurrent requests (HTTP 429, 1 attempt)",
        FailureDetails.of(id).withStatus(429),
        Optional.ofNullable(retryAfter),
        RateLimitReason.CONCURRENCY,
        null);
  }

  static RateLimitedException rateLimited(ConversationId id, Duration retryAfter) {
    return new RateLimitedException(
        "Too many requests", FailureDetails.of(id).withStatus(429), Optional.ofNullable(retryAfter), null);
  }
}
