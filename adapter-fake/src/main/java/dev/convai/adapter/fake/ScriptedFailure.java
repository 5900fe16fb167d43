package dev.convai.adapter.fake;

import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.AdapterClosedException;
import dev.convai.port.AnalysisTimeoutException;
import dev.convai.port.AuthenticationException;
import dev.convai.port.ConflictException;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.ConversationNotFoundException;
import dev.convai.port.FailureDetails;
import dev.convai.port.FailureKind;
import dev.convai.port.InvalidRequestException;
import dev.convai.port.MalformedResponseException;
import dev.convai.port.PermissionDeniedException;
import dev.convai.port.RateLimitedException;
import dev.convai.port.ServerErrorException;
import dev.convai.port.TransportException;
import dev.convai.port.UnexpectedStatusException;
import dev.convai.port.Violation;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A failure to script on the fake with {@link FakeConversationAnalysisAdapter#fail(ConversationId,
 * ScriptedFailure)}: which {@link FailureKind}, what it carries, and for how many calls.
 *
 * <p>Each kind starts with what the HTTP adapter would report for it: the status ({@code 404},
 * {@code 422}, {@code 401}, {@code 403}, {@code 409}, {@code 429}, {@code 500}, {@code 418} for an
 * unexpected status, {@code 200} for a malformed body, none for a timeout or a transport failure),
 * a body like the API's, one attempt, one violation for an invalid request, a retry hint of one
 * second for rate limiting, the call's deadline (or the HTTP adapter's default of 240 s) for a
 * timeout, and {@code $} as the JSON path of a malformed body. The {@code with...} methods change
 * that; a change that a kind cannot carry (a status on a timeout, violations on a conflict) is
 * refused with an {@link IllegalArgumentException}.
 *
 * <p>A scripted failure applies to every call for its id ({@link #always()}, the default), or to
 * the next {@link #once() one} or {@link #times(int) n} calls, after which the calls go on to the
 * next scripted failure or succeed. Immutable.
 */
public final class ScriptedFailure {

  private static final int ALWAYS = -1;

  private final FailureKind kind;
  private final OptionalInt status;
  private final List<Violation> violations;
  private final Optional<Duration> retryAfter;
  private final Optional<Duration> timeout;
  private final String jsonPath;
  private final Optional<String> body;
  private final int times;

  private ScriptedFailure(
      FailureKind kind,
      OptionalInt status,
      List<Violation> violations,
      Optional<Duration> retryAfter,
      Optional<Duration> timeout,
      String jsonPath,
      Optional<String> body,
      int times) {
    this.kind = kind;
    this.status = status;
    this.violations = List.copyOf(violations);
    this.retryAfter = retryAfter;
    this.timeout = timeout;
    this.jsonPath = jsonPath;
    this.body = body;
    this.times = times;
  }

  /** A failure of this kind with the defaults described above, on every call. */
  public static ScriptedFailure of(FailureKind kind) {
    Objects.requireNonNull(kind, "kind");
    return new ScriptedFailure(
        kind,
        defaultStatus(kind),
        kind == FailureKind.INVALID_REQUEST
            ? List.of(new Violation(List.of("path", "conversation_id"), "Scripted validation error", "value_error"))
            : List.of(),
        kind == FailureKind.RATE_LIMITED ? Optional.of(Duration.ofSeconds(1)) : Optional.empty(),
        Optional.empty(),
        "$",
        Optional.empty(),
        ALWAYS);
  }

  private static OptionalInt defaultStatus(FailureKind kind) {
    switch (kind) {
      case NOT_FOUND:
        return OptionalInt.of(404);
      case INVALID_REQUEST:
        return OptionalInt.of(422);
      case AUTHENTICATION:
        return OptionalInt.of(401);
      case PERMISSION_DENIED:
        return OptionalInt.of(403);
      case CONFLICT:
        return OptionalInt.of(409);
      case RATE_LIMITED:
        return OptionalInt.of(429);
      case SERVER_ERROR:
        return OptionalInt.of(500);
      case UNEXPECTED_STATUS:
        return OptionalInt.of(418);
      case MALFORMED_RESPONSE:
        return OptionalInt.of(200);
      case TIMEOUT:
      case TRANSPORT:
      case CLOSED:
        return OptionalInt.empty();
      default:
        throw new IllegalArgumentException("Unknown failure kind " + kind);
    }
  }

  /** The kind of failure. */
  public FailureKind kind() {
    return kind;
  }

  /**
   * The same failure with this HTTP status: {@code 400} or {@code 422} for an invalid request, a
   * {@code 5xx} for a server error, a {@code 2xx} for a malformed body, any status without a type
   * of its own for an unexpected status. The other kinds have exactly one status, or none.
   */
  public ScriptedFailure withStatus(int status) {
    if (!allowsStatus(kind, status)) {
      throw new IllegalArgumentException("A " + kind + " failure cannot have HTTP status " + status);
    }
    return new ScriptedFailure(kind, OptionalInt.of(status), violations, retryAfter, timeout, jsonPath, body, times);
  }

  private static boolean allowsStatus(FailureKind kind, int status) {
    switch (kind) {
      case INVALID_REQUEST:
        return status == 400 || status == 422;
      case SERVER_ERROR:
        return status >= 500 && status <= 599;
      case MALFORMED_RESPONSE:
        return status >= 200 && status <= 299;
      case UNEXPECTED_STATUS:
        return status >= 100
            && status <= 599
            && !(status >= 200 && status <= 299)
            && !(status >= 500)
            && !List.of(400, 401, 403, 404, 409, 422, 429).contains(status);
      case TIMEOUT:
      case TRANSPORT:
      case CLOSED:
        return false;
      default:
        return defaultStatus(kind).equals(OptionalInt.of(status));
    }
  }

  /** The same invalid-request failure with these violations (possibly none). */
  public ScriptedFailure withViolations(List<Violation> violations) {
    require(FailureKind.INVALID_REQUEST, "violations");
    return new ScriptedFailure(kind, status, violations, retryAfter, timeout, jsonPath, body, times);
  }

  /** The same rate-limited failure with this retry hint. */
  public ScriptedFailure withRetryAfter(Duration retryAfter) {
    require(FailureKind.RATE_LIMITED, "a retry hint");
    requirePositive(retryAfter, "retryAfter");
    return new ScriptedFailure(kind, status, violations, Optional.of(retryAfter), timeout, jsonPath, body, times);
  }

  /** The same rate-limited failure without a retry hint, as when the server sends none. */
  public ScriptedFailure withoutRetryAfter() {
    require(FailureKind.RATE_LIMITED, "a retry hint");
    return new ScriptedFailure(kind, status, violations, Optional.empty(), timeout, jsonPath, body, times);
  }

  /** The same timeout failure, reporting this deadline instead of the call's. */
  public ScriptedFailure withTimeout(Duration timeout) {
    require(FailureKind.TIMEOUT, "a deadline");
    requirePositive(timeout, "timeout");
    return new ScriptedFailure(kind, status, violations, retryAfter, Optional.of(timeout), jsonPath, body, times);
  }

  /** The same malformed-response failure, pointing at this JSON path. */
  public ScriptedFailure withJsonPath(String jsonPath) {
    require(FailureKind.MALFORMED_RESPONSE, "a JSON path");
    return new ScriptedFailure(
        kind, status, violations, retryAfter, timeout, Objects.requireNonNull(jsonPath, "jsonPath"), body, times);
  }

  /** The same failure with this response body (bounded as {@link FailureDetails} bounds it). */
  public ScriptedFailure withBody(String body) {
    if (!status.isPresent()) {
      throw new IllegalArgumentException("A " + kind + " failure has no response, so no body");
    }
    return new ScriptedFailure(
        kind, status, violations, retryAfter, timeout, jsonPath, Optional.of(Objects.requireNonNull(body, "body")), times);
  }

  /** The same failure for the next call only. */
  public ScriptedFailure once() {
    return times(1);
  }

  /** The same failure for the next {@code n} calls. */
  public ScriptedFailure times(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("times must be at least 1, was " + n);
    }
    return new ScriptedFailure(kind, status, violations, retryAfter, timeout, jsonPath, body, n);
  }

  /** The same failure for every call (the default). */
  public ScriptedFailure always() {
    return new ScriptedFailure(kind, status, violations, retryAfter, timeout, jsonPath, body, ALWAYS);
  }

  /** For how many calls the failure applies; empty for every call. */
  public OptionalInt repetitions() {
    return times == ALWAYS ? OptionalInt.empty() : OptionalInt.of(times);
  }

  private void require(FailureKind expected, String what) {
    if (kind != expected) {
      throw new IllegalArgumentException("Only a " + expected + " failure carries " + what + ", not " + kind);
    }
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
  }

  /** The exception of one call for this id, worded like the HTTP adapter's. */
  ConversationAnalysisException toException(ConversationId id, AnalysisOptions options) {
    FailureDetails details = FailureDetails.of(id);
    if (status.isPresent()) {
      details = details.withStatus(status.getAsInt());
    }
    String responseBody = body.orElseGet(() -> defaultBody(id));
    if (!responseBody.isEmpty()) {
      details = details.withBody(responseBody);
    }
    String tail = status.isPresent() ? " (HTTP " + status.getAsInt() + ", 1 attempt)" : " (1 attempt)";
    switch (kind) {
      case NOT_FOUND:
        return new ConversationNotFoundException("Conversation " + id + " not found" + tail, details, null);
      case INVALID_REQUEST:
        return new InvalidRequestException(
            "Invalid request for conversation " + id + describe(violations) + tail, details, violations, null);
      case AUTHENTICATION:
        return new AuthenticationException("Authentication failed for conversation " + id + tail, details, null);
      case PERMISSION_DENIED:
        return new PermissionDeniedException("Permission denied for conversation " + id + tail, details, null);
      case CONFLICT:
        return new ConflictException("Conflict running analysis of conversation " + id + tail, details, null);
      case RATE_LIMITED:
        return new RateLimitedException(
            "Rate limited running analysis of conversation " + id + tail, details, retryAfter, null);
      case SERVER_ERROR:
        return new ServerErrorException("Server error running analysis of conversation " + id + tail, details, null);
      case UNEXPECTED_STATUS:
        return new UnexpectedStatusException(
            "Unexpected status running analysis of conversation " + id + tail, details, null);
      case TIMEOUT:
        Duration deadline = timeout.or(options::timeout).orElse(FakeConversationAnalysisAdapter.HTTP_DEFAULT_TIMEOUT);
        return new AnalysisTimeoutException(
            "Analysis of conversation " + id + " timed out after " + deadline + tail, details, deadline, null);
      case TRANSPORT:
        return new TransportException(
            "Connection failed for conversation " + id + ": Connection refused" + tail,
            details,
            new ConnectException("Connection refused"));
      case CLOSED:
        return new AdapterClosedException(
            "Adapter closed before the analysis of conversation " + id + " finished" + tail, details, null);
      case MALFORMED_RESPONSE:
        return new MalformedResponseException(
            "Response for conversation " + id + " could not be decoded at " + jsonPath + tail,
            details,
            Optional.of(jsonPath),
            null);
      default:
        throw new IllegalStateException("Unknown failure kind " + kind);
    }
  }

  /**
   * A body like the API's for this kind: the validation-error shape for an invalid request, a
   * JSON text that breaks off for a malformed response, {@code {"detail": "..."}} otherwise.
   */
  private String defaultBody(ConversationId id) {
    switch (kind) {
      case TIMEOUT:
      case TRANSPORT:
      case CLOSED:
        return "";
      case INVALID_REQUEST:
        return violations.stream()
            .map(
                v ->
                    "{\"loc\":["
                        + v.location().stream().map(ScriptedFailure::quote).collect(Collectors.joining(","))
                        + "],\"msg\":"
                        + quote(v.message())
                        + ",\"type\":"
                        + quote(v.type())
                        + "}")
            .collect(Collectors.joining(",", "{\"detail\":[", "]}"));
      case MALFORMED_RESPONSE:
        return "{\"conversation_id\":" + quote(id.value()) + ",\"status\":";
      default:
        return "{\"detail\":" + quote("Scripted " + kind.name().toLowerCase(java.util.Locale.ROOT) + " failure") + "}";
    }
  }

  private static String describe(List<Violation> violations) {
    if (violations.isEmpty()) {
      return "";
    }
    return ": " + violations.get(0) + (violations.size() > 1 ? " and " + (violations.size() - 1) + " more" : "");
  }

  /** The text as a JSON string literal. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  @Override
  public String toString() {
    return "ScriptedFailure["
        + kind
        + status.stream().mapToObj(s -> ", HTTP " + s).findFirst().orElse("")
        + ", "
        + (times == ALWAYS ? "always" : times + "x")
        + "]";
  }
}
