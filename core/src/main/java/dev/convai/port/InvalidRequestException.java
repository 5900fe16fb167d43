package dev.convai.port;

import java.util.List;

/** The server refused the request as invalid (HTTP 400 or 422). {@link #violations()} holds what the server's validation said, when it said it in the API's validation-error shape. */
public final class InvalidRequestException extends ConversationAnalysisException {

  private static final long serialVersionUID = 1L;

  private final List<Violation> violations;

  /**
   * A failure with this message and details.
   *
   * @param message what went wrong, for people; must not contain credentials
   * @param details the conversation, status, attempts and body excerpt
   * @param cause the underlying exception, or {@code null}
   */
  public InvalidRequestException(String message, FailureDetails details, List<Violation> violations, Throwable cause) {
    super(message, details, cause);
    this.violations = List.copyOf(violations);
  }

  @Override
  public FailureKind kind() {
    return FailureKind.INVALID_REQUEST;
  }

  /** The server's validation errors, in its order; empty when the body did not list any. */
  public List<Violation> violations() {
    return violations;
  }
}
