package dev.convai.port;

/** The conversation is in a state that conflicts with the request, for example an analysis already running (HTTP 409). Retried by default. */
public final class ConflictException extends ConversationAnalysisException {

  private static final long serialVersionUID = 1L;

  /**
   * A failure with this message and details.
   *
   * @param message what went wrong, for people; must not contain credentials
   * @param details the conversation, status, attempts and body excerpt
   * @param cause the underlying exception, or {@code null}
   */
  public ConflictException(String message, FailureDetails details, Throwable cause) {
    super(message, details, cause);
  }

  @Override
  public FailureKind kind() {
    return FailureKind.CONFLICT;
  }
}
