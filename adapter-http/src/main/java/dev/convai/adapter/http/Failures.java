package dev.convai.adapter.http;

import dev.convai.adapter.http.observe.Operation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.AdapterClosedException;
import dev.convai.port.AnalysisTimeoutException;
import dev.convai.port.AuthenticationException;
import dev.convai.port.ConflictException;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.ConversationNotFoundException;
import dev.convai.port.FailureDetails;
import dev.convai.port.InvalidRequestException;
import dev.convai.port.MalformedResponseException;
import dev.convai.port.PermissionDeniedException;
import dev.convai.port.RateLimitReason;
import dev.convai.port.RateLimitedException;
import dev.convai.port.ServerErrorException;
import dev.convai.port.TransportException;
import dev.convai.port.UnexpectedStatusException;
import dev.convai.port.Violation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Builds the port's failures: one line of message each, in the form
 * {@code Conversation conv_123 not found (HTTP 404, 1 attempt)}, with the details every failure
 * carries. Every text that came from the server, and every message of a cause, passes through
 * {@link #redact} first, so the API key cannot reach a message or an excerpt even if a server or
 * proxy echoes it.
 */
final class Failures {

  static final String REDACTED = "[REDACTED]";

  /** Enough bytes for {@link FailureDetails#MAX_EXCERPT} characters of any UTF-8 text. */
  private static final int EXCERPT_BYTES = FailureDetails.MAX_EXCERPT * 4;

  private final String apiKey;

  /**
   * What a call was for: the operation and, for all but the list, the conversation. Messages name
   * it the same way for every failure of that call.
   */
  record Target(Operation operation, Optional<ConversationId> id) {

    Target {
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(id, "id");
    }

    /** The run-analysis call for this conversation. */
    static Target analysis(ConversationId id) {
      return new Target(Operation.RUN_ANALYSIS, Optional.of(id));
    }

    /** {@code conversation conv_1}, or {@code the conversation list}. */
    String subject() {
      return id.map(i -> "conversation " + i).orElse("the conversation list");
    }

    /** {@code running analysis of conversation conv_1} and the like. */
    String action() {
      switch (operation) {
        case RUN_ANALYSIS:
          return "running analysis of " + subject();
        case RUN_EVALUATION:
          return "running evaluation of " + subject();
        case GET_CONVERSATION:
          return "getting " + subject();
        default:
          return "listing conversations";
      }
    }

    /** {@code Analysis of conversation conv_1} and the like: a sentence's subject. */
    String process() {
      switch (operation) {
        case RUN_ANALYSIS:
          return "Analysis of " + subject();
        case RUN_EVALUATION:
          return "Evaluation of " + subject();
        case GET_CONVERSATION:
          return "Getting " + subject();
        default:
          return "Listing conversations";
      }
    }

    String processLower() {
      String p = process();
      return Character.toLowerCase(p.charAt(0)) + p.substring(1);
    }

    /** {@code the analysis of conversation conv_1} and the like: what a close cut short. */
    String work() {
      switch (operation) {
        case RUN_ANALYSIS:
          return "the analysis of " + subject();
        case RUN_EVALUATION:
          return "the evaluation of " + subject();
        case GET_CONVERSATION:
          return "the read of " + subject();
        default:
          return "the listing of conversations";
      }
    }
  }

  Failures(String apiKey) {
    this.apiKey = apiKey;
  }

  /** The text with every occurrence of the API key replaced. */
  String redact(String text) {
    if (text == null || apiKey.isEmpty()) {
      return text;
    }
    return text.replace(apiKey, REDACTED);
  }

  private Violation redact(Violation v) {
    return new Violation(
        v.location().stream().map(this::redact).collect(Collectors.toList()), redact(v.message()), redact(v.type()));
  }

  /**
   * What identifies a response that arrived: its status line and its identifying headers, already
   * filtered and redacted.
   */
  record Seen(Optional<String> statusLine, Map<String, String> identifyingHeaders) {
    static final Seen NOTHING = new Seen(Optional.empty(), Map.of());
  }

  /** The details of a failure, with a redacted excerpt of the body decoded as UTF-8. */
  FailureDetails details(Target target, OptionalInt status, int attempts, byte[] body) {
    return details(target, status, attempts, body, Seen.NOTHING);
  }

  /** Who a failure is about, without anything read from the response. */
  FailureDetails attribution(Target target, OptionalInt status, int attempts) {
    return new FailureDetails(target.id(), status, Math.max(1, attempts), Optional.empty(), Optional.empty(), Map.of());
  }

  /** The details of a failure with a response: its excerpt, status line and identifying headers. */
  FailureDetails details(Target target, OptionalInt status, int attempts, byte[] body, Seen seen) {
    Optional<String> excerpt = body == null || body.length == 0 ? Optional.empty() : Optional.of(redact(utf8Head(body)));
    return new FailureDetails(
        target.id(), status, Math.max(1, attempts), excerpt, seen.statusLine().map(this::redact), seen.identifyingHeaders());
  }

  /** The failure for a response with a status that is not a success. */
  ConversationAnalysisException forStatus(
      Target target, int status, int attempts, byte[] body, Optional<Duration> retryAfter, Seen seen) {
    FailureDetails details = details(target, OptionalInt.of(status), attempts, body, seen);
    ErrorBody error = ErrorBody.parse(body);
    Optional<String> said = error.message().map(this::redact);
    String tail = " (HTTP " + status + ", " + attempts(attempts) + ")";
    String conv = target.subject();
    switch (status) {
      case 400:
      case 422:
        List<Violation> violations = error.violations().stream().map(this::redact).collect(Collectors.toList());
        Optional<String> what =
            violations.isEmpty()
                ? said
                : Optional.of(
                    redact(ErrorBody.oneLine(violations.get(0).toString()))
                        + (violations.size() > 1 ? " and " + (violations.size() - 1) + " more" : ""));
        return new InvalidRequestException(
            "Invalid request for " + conv + colon(what) + tail, details, violations, null);
      case 401:
        return new AuthenticationException(
            "Authentication failed for " + conv + colon(said) + tail, details, null);
      case 403:
        return new PermissionDeniedException("Permission denied for " + conv + colon(said) + tail, details, null);
      case 404:
        return new ConversationNotFoundException(capitalised(conv) + " not found" + tail, details, null);
      case 409:
        return new ConflictException("Conflict " + target.action() + colon(said) + tail, details, null);
      case 429:
        String hint = retryAfter.map(d -> ", retry after " + human(d)).orElse("");
        return new RateLimitedException(
            "Rate limited " + target.action() + colon(said) + " (HTTP 429, " + attempts(attempts) + hint + ")",
            details,
            retryAfter,
            rateLimitReason(error.code()),
            null);
      default:
        if (status >= 500 && status <= 599) {
          return new ServerErrorException("Server error " + target.action() + colon(said) + tail, details, null);
        }
        return new UnexpectedStatusException(
            "Unexpected status " + target.action() + colon(said) + tail, details, null);
    }
  }

  /**
   * Which limit a 429 was about, from the code in its body. The API has worded the concurrency
   * limit two ways over time; codes it may add later read as unspecified, so they keep today's
   * handling (retried with backoff) rather than being taken for a concurrency limit.
   */
  static RateLimitReason rateLimitReason(Optional<String> code) {
    if (code.isEmpty()) {
      return RateLimitReason.UNSPECIFIED;
    }
    switch (code.get().toLowerCase(java.util.Locale.ROOT)) {
      case "too_many_concurrent_requests":
      case "concurrent_limit_exceeded":
        return RateLimitReason.CONCURRENCY;
      case "rate_limit_exceeded":
        return RateLimitReason.REQUEST_RATE;
      case "system_busy":
        return RateLimitReason.SERVER_BUSY;
      default:
        return RateLimitReason.UNSPECIFIED;
    }
  }

  AnalysisTimeoutException timeout(Target target, int attempts, Duration timeout) {
    return new AnalysisTimeoutException(
        target.process() + " timed out after " + human(timeout) + " (" + attempts(attempts) + ")",
        details(target, OptionalInt.empty(), attempts, null),
        timeout,
        null);
  }

  TransportException transport(Target target, int attempts, Throwable cause) {
    return new TransportException(
        "Connection failed for " + target.subject() + colon(Optional.of(describe(cause))) + " (" + attempts(attempts) + ")",
        details(target, OptionalInt.empty(), attempts, null),
        safeCause(cause));
  }

  AdapterClosedException closed(Target target, int attempts) {
    return new AdapterClosedException(
        "Adapter closed before " + target.work() + " finished (" + attempts(attempts) + ")",
        new FailureDetails(target.id(), OptionalInt.empty(), attempts, Optional.empty()),
        null);
  }

  MalformedResponseException tooLarge(
      Target target, int attempts, BoundedBodyCodec.TooLargeException cause, OptionalInt status, Seen seen) {
    return new MalformedResponseException(
        "Response for " + target.subject() + " is larger than " + cause.limit() + " bytes (" + attempts(attempts) + ")",
        details(target, status, attempts, cause.head(), seen),
        Optional.empty(),
        cause);
  }

  MalformedResponseException malformed(
      Target target, int status, int attempts, byte[] body, Seen seen, String problem, Throwable cause) {
    return new MalformedResponseException(
        "Response for " + target.subject() + " could not be decoded: " + redact(ErrorBody.oneLine(problem))
            + " (HTTP " + status + ", " + attempts(attempts) + ")",
        details(target, OptionalInt.of(status), attempts, body, seen),
        Optional.empty(),
        safeCause(cause));
  }

  /**
   * The cause itself when no message in its chain contains the key, otherwise a stand-in that
   * keeps each type name, redacted message and stack trace. Parsers quote the input they choke
   * on, so a cause can carry whatever the server sent.
   */
  Throwable safeCause(Throwable cause) {
    if (cause == null || !leaks(cause)) {
      return cause;
    }
    return redactedCopy(cause, 0);
  }

  private boolean leaks(Throwable cause) {
    int depth = 0;
    for (Throwable t = cause; t != null && depth < 32; t = t.getCause(), depth++) {
      if (t.getMessage() != null && !apiKey.isEmpty() && t.getMessage().contains(apiKey)) {
        return true;
      }
    }
    return false;
  }

  private Throwable redactedCopy(Throwable t, int depth) {
    RedactedCause copy = new RedactedCause(t.getClass().getName() + ": " + redact(String.valueOf(t.getMessage())));
    copy.setStackTrace(t.getStackTrace());
    if (t.getCause() != null && t.getCause() != t && depth < 32) {
      copy.initCause(redactedCopy(t.getCause(), depth + 1));
    }
    return copy;
  }

  /** Stands in for a cause whose message held the key. */
  static final class RedactedCause extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RedactedCause(String message) {
      super(message);
    }
  }

  /**
   * A failure from the decoder, rebuilt with redacted message and cause if the key reached them
   * (the decoder quotes the body in its messages); otherwise the same failure.
   */
  ConversationAnalysisException scrub(ConversationAnalysisException failure) {
    String message = failure.getMessage();
    boolean messageLeaks = !apiKey.isEmpty() && message != null && message.contains(apiKey);
    if (!messageLeaks && (failure.getCause() == null || !leaks(failure.getCause()))) {
      return failure;
    }
    if (failure instanceof MalformedResponseException) {
      MalformedResponseException m = (MalformedResponseException) failure;
      return new MalformedResponseException(redact(message), m.details(), m.jsonPath().map(this::redact), safeCause(m.getCause()));
    }
    return new MalformedResponseException(
        "Response for conversation could not be decoded: " + redact(message), failure.details(), Optional.empty(), safeCause(failure.getCause()));
  }

  /** A cause as one redacted line: its message, or its type when it has none. */
  String describe(Throwable cause) {
    if (cause == null) {
      return "unknown cause";
    }
    String message = cause.getMessage();
    String text = message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    return redact(ErrorBody.oneLine(text));
  }

  static String attempts(int n) {
    return n == 1 ? "1 attempt" : n + " attempts";
  }

  static String human(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms % 1000 == 0) {
      return ms / 1000 + " s";
    }
    return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String colon(Optional<String> text) {
    return text.filter(t -> !t.isBlank()).map(t -> ": " + t).orElse("");
  }

  /** The start of a body as UTF-8 text, whatever the platform charset; a cut-off character is dropped. */
  static String utf8Head(byte[] body) {
    int n = Math.min(body.length, EXCERPT_BYTES);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer out = CharBuffer.allocate(n);
    ByteBuffer in = ByteBuffer.wrap(body, 0, n);
    // endOfInput=false when the body goes on: a sequence cut at the boundary stays undecoded.
    decoder.decode(in, out, n == body.length);
    if (n == body.length) {
      decoder.flush(out);
    }
    out.flip();
    return out.toString();
  }
}
