package dev.convai.port;

/** No usable response: the connection was refused or reset, TLS failed, the name did not resolve, or the body broke off mid-way. */
public final class TransportException extends ConversationAnalysisException {

  private static final long serialVersionUID = 1L;

  /**
   * A failure with this message and details.
   *
   * @param message what went wrong, for people; must not contain credentials
   * @param details the conversation, status, attempts and body excerpt
   * @param cause the underlying exception, or {@code null}
   */
  public TransportException(String message, FailureDetails details, Throwable cause) {
    super(message, details, cause);
  }

  @Override
  public FailureKind kind() {
    return FailureKind.TRANSPORT;
  }
}
