package dev.convai.port;

import dev.convai.conversation.ConversationId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What every {@link ConversationAnalysisException} carries: the conversation, the HTTP status
 * where there was one, the number of attempts made, and a bounded excerpt of the response body.
 *
 * @param conversationId the conversation the call was for; always present for failures of
 *     {@link ConversationAnalysisPort#runAnalysis}, absent only when a payload decoded outside a call
 *     did not say which conversation it was
 * @param status the HTTP status of the last response, if one arrived
 * @param attempts how many requests were made; 0 when the call was refused before any request
 * @param bodyExcerpt the start of the last response body, at most {@value #MAX_EXCERPT} characters
 */
public record FailureDetails(
    Optional<ConversationId> conversationId, OptionalInt status, int attempts, Optional<String> bodyExcerpt) {

  /** The longest body excerpt kept, in characters. */
  public static final int MAX_EXCERPT = 512;

  public FailureDetails {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(bodyExcerpt, "bodyExcerpt");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative, was " + attempts);
    }
    bodyExcerpt = bodyExcerpt.filter(body -> !body.isEmpty()).map(FailureDetails::bound);
  }

  /** Details of a first attempt for this conversation that got no response. */
  public static FailureDetails of(ConversationId conversationId) {
    return new FailureDetails(
        Optional.of(conversationId), OptionalInt.empty(), 1, Optional.empty());
  }

  /** Details for a payload that is not tied to a known conversation. */
  public static FailureDetails unattributed() {
    return new FailureDetails(Optional.empty(), OptionalInt.empty(), 1, Optional.empty());
  }

  /** The same details with this status. */
  public FailureDetails withStatus(int status) {
    return new FailureDetails(conversationId, OptionalInt.of(status), attempts, bodyExcerpt);
  }

  /** The same details with this number of attempts. */
  public FailureDetails withAttempts(int attempts) {
    return new FailureDetails(conversationId, status, attempts, bodyExcerpt);
  }

  /** The same details with an excerpt of this body (bounded here). */
  public FailureDetails withBody(String body) {
    return new FailureDetails(conversationId, status, attempts, Optional.ofNullable(body));
  }

  private static String bound(String body) {
    if (body.length() <= MAX_EXCERPT) {
      return body;
    }
    int end = MAX_EXCERPT;
    if (Character.isHighSurrogate(body.charAt(end - 1))) {
      end--;
    }
    return body.substring(0, end) + "…";
  }
}
