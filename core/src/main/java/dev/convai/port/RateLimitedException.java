package dev.convai.port;

import java.time.Duration;
import java.util.Optional;

/** Too many requests (HTTP 429). {@link #retryAfter()} is the server's hint of when to try again, if it gave one. */
public final class RateLimitedException extends ConversationAnalysisException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * A failure with this message and details.
   *
   * @param message what went wrong, for people; must not contain credentials
   * @param details the conversation, status, attempts and body excerpt
   * @param cause the underlying exception, or {@code null}
   */
  public RateLimitedException(String message, FailureDetails details, Optional<Duration> retryAfter, Throwable cause) {
    super(message, details, cause);
    this.retryAfter = retryAfter.orElse(null);
  }

  @Override
  public FailureKind kind() {
    return FailureKind.RATE_LIMITED;
  }

  /** How long the server asked callers to wait, from {@code Retry-After} and related headers. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
