package dev.convai.port;

import java.time.Duration;
import java.util.Objects;

/** The whole exchange, body included, did not finish within the deadline. {@link #timeout()} is the deadline that passed. */
public final class AnalysisTimeoutException extends ConversationAnalysisException {

  private static final long serialVersionUID = 1L;

  private final Duration timeout;

  /**
   * A failure with this message and details.
   *
   * @param message what went wrong, for people; must not contain credentials
   * @param details the conversation, status, attempts and body excerpt
   * @param cause the underlying exception, or {@code null}
   */
  public AnalysisTimeoutException(String message, FailureDetails details, Duration timeout, Throwable cause) {
    super(message, details, cause);
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  @Override
  public FailureKind kind() {
    return FailureKind.TIMEOUT;
  }

  /** The deadline that passed. */
  public Duration timeout() {
    return timeout;
  }
}
