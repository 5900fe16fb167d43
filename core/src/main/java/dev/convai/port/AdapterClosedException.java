package dev.convai.port;

/**
 * The adapter was closed before the call finished, or before it started. This is the caller's own
 * doing, not a network failure: retrying on the same adapter fails the same way at once, so
 * retry logic must treat it as final (unlike {@link TransportException}).
 */
public final class AdapterClosedException extends ConversationAnalysisException {

  private static final long serialVersionUID = 1L;

  /**
   * A failure with this message and details.
   *
   * @param message what went wrong, for people; must not contain credentials
   * @param details the conversation and the attempts made before the close
   * @param cause the underlying exception, or {@code null}
   */
  public AdapterClosedException(String message, FailureDetails details, Throwable cause) {
    super(message, details, cause);
  }

  @Override
  public FailureKind kind() {
    return FailureKind.CLOSED;
  }
}
