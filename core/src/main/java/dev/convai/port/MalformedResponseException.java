package dev.convai.port;

import java.util.Optional;

/** A success status whose body is not a conversation: not JSON, truncated, or of the wrong shape. {@link #jsonPath()} points at the problem, such as {@code $.transcript[3].role}. */
public final class MalformedResponseException extends ConversationAnalysisException {

  private static final long serialVersionUID = 1L;

  private final String jsonPath;

  /**
   * A failure with this message and details.
   *
   * @param message what went wrong, for people; must not contain credentials
   * @param details the conversation, status, attempts and body excerpt
   * @param cause the underlying exception, or {@code null}
   */
  public MalformedResponseException(String message, FailureDetails details, Optional<String> jsonPath, Throwable cause) {
    super(message, details, cause);
    this.jsonPath = jsonPath.orElse(null);
  }

  @Override
  public FailureKind kind() {
    return FailureKind.MALFORMED_RESPONSE;
  }

  /** Where in the body decoding failed, as a JSON path such as {@code $.metadata.cost}. */
  public Optional<String> jsonPath() {
    return Optional.ofNullable(jsonPath);
  }
}
