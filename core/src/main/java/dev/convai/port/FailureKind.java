package dev.convai.port;

/**
 * The kind of a {@link ConversationAnalysisException}: one constant per subclass, for grouping
 * failures in reports and for {@code switch} statements.
 */
public enum FailureKind {
  /** 404: no conversation with that id. */
  NOT_FOUND,
  /** 400 or 422: the server refused the request. */
  INVALID_REQUEST,
  /** 401: the API key is missing or wrong. */
  AUTHENTICATION,
  /** 403: the key may not do this. */
  PERMISSION_DENIED,
  /** 409: the conversation is in a state that conflicts with the request. */
  CONFLICT,
  /** 429: too many requests. */
  RATE_LIMITED,
  /** 5xx. */
  SERVER_ERROR,
  /** Any other status that is not a success. */
  UNEXPECTED_STATUS,
  /** The deadline passed before the whole response arrived. */
  TIMEOUT,
  /** The connection could not be made or broke: refused, reset, TLS, DNS. */
  TRANSPORT,
  /** A success status whose body could not be decoded. */
  MALFORMED_RESPONSE,
  /**
   * The adapter was closed before or during the call. Not transient: no retry on the same
   * adapter can succeed, so retry logic must not treat it like {@link #TRANSPORT}.
   */
  CLOSED
}
