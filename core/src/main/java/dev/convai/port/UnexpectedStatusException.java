package dev.convai.port;

/** A status that is neither success nor one of the statuses with a type of their own (for example 405, 418 or a 3xx that was not followed). */
public final class UnexpectedStatusException extends ConversationAnalysisException {

  private static final long serialVersionUID = 1L;

  /**
   * A failure with this message and details.
   *
   * @param message what went wrong, for people; must not contain credentials
   * @param details the conversation, status, attempts and body excerpt
   * @param cause the underlying exception, or {@code null}
   */
  public UnexpectedStatusException(String message, FailureDetails details, Throwable cause) {
    super(message, details, cause);
  }

  @Override
  public FailureKind kind() {
    return FailureKind.UNEXPECTED_STATUS;
  }
}
