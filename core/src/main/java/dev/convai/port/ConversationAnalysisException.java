package dev.convai.port;

import dev.convai.conversation.ConversationId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Why running an analysis failed. The one failure type of the port: every adapter reports every
 * failure as exactly one of its subclasses, through the future that
 * {@link ConversationAnalysisPort#runAnalysis} returns, never by throwing.
 *
 * <p>Each failure carries the conversation id, the HTTP status where there was one, the number of
 * attempts made, a bounded excerpt of the body and, when a response arrived, its status line and
 * the headers that identify the request ({@link #requestId()} for a support ticket). None ever
 * carries the API key. Switch on {@link #kind()} to handle the kinds by name.
 */
public abstract sealed class ConversationAnalysisException extends RuntimeException
    permits ConversationNotFoundException,
        InvalidRequestException,
        AuthenticationException,
        PermissionDeniedException,
        ConflictException,
        RateLimitedException,
        ServerErrorException,
        UnexpectedStatusException,
        AnalysisTimeoutException,
        TransportException,
        MalformedResponseException,
        AdapterClosedException {

  private static final long serialVersionUID = 1L;

  private final transient FailureDetails details;

  ConversationAnalysisException(String message, FailureDetails details, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.details = Objects.requireNonNull(details, "details");
  }

  /** Which of the failure kinds this is. */
  public abstract FailureKind kind();

  /**
   * The conversation the call was for. Always present for failures of the port; absent only for
   * a payload decoded outside a call that did not say which conversation it was.
   */
  public Optional<ConversationId> conversationId() {
    return details.conversationId();
  }

  /** The HTTP status of the last response, if a response arrived. */
  public OptionalInt status() {
    return details.status();
  }

  /** How many requests were made, retries included; 0 if the call was refused before any. */
  public int attempts() {
    return details.attempts();
  }

  /** The start of the last response body, bounded to {@value FailureDetails#MAX_EXCERPT} characters. */
  public Optional<String> bodyExcerpt() {
    return details.bodyExcerpt();
  }

  /** The last response's status line, such as {@code HTTP/1.1 503 Service Unavailable}, if one arrived. */
  public Optional<String> statusLine() {
    return details.statusLine();
  }

  /** The request id the server gave the last response, if it sent one; see {@link FailureDetails#requestId()}. */
  public Optional<String> requestId() {
    return details.requestId();
  }

  /** All the details at once. */
  public FailureDetails details() {
    return details;
  }
}
