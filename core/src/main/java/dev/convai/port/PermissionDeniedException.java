package dev.convai.port;

/** The API key may not run this analysis (HTTP 403). */
public final class PermissionDeniedException extends ConversationAnalysisException {

  private static final long serialVersionUID = 1L;

  /**
   * A failure with this message and details.
   *
   * @param message what went wrong, for people; must not contain credentials
   * @param details the conversation, status, attempts and body excerpt
   * @param cause the underlying exception, or {@code null}
   */
  public PermissionDeniedException(String message, FailureDetails details, Throwable cause) {
    super(message, details, cause);
  }

  @Override
  public FailureKind kind() {
    return FailureKind.PERMISSION_DENIED;
  }
}
