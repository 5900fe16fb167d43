package dev.convai.port;

import dev.convai.conversation.ConversationId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What every {@link ConversationAnalysisException} carries: the conversation, the HTTP status
 * where there was one, the number of attempts made, a bounded excerpt of the response body, and
 * what identifies the response for the server's operators: its status line and the headers that
 * carry a request or trace id.
 *
 * @param conversationId the conversation the call was for; always present for failures of
 *     {@link ConversationAnalysisPort#runAnalysis}, absent only when a payload decoded outside a call
 *     did not say which conversation it was
 * @param status the HTTP status of the last response, if one arrived
 * @param attempts how many requests were made; 0 when the call was refused before any request
 * @param bodyExcerpt the start of the last response body, at most {@value #MAX_EXCERPT} characters
 * @param statusLine the last response's status line, such as {@code HTTP/1.1 503 Service
 *     Unavailable}, if a response arrived
 * @param identifyingHeaders the last response's headers that identify the request (request and
 *     trace ids such as {@code request-id}, {@code x-request-id}, {@code traceparent},
 *     {@code cf-ray}), by lower-case name; an adapter keeps only such headers, never cookies or
 *     credentials
 */
public record FailureDetails(
    Optional<ConversationId> conversationId,
    OptionalInt status,
    int attempts,
    Optional<String> bodyExcerpt,
    Optional<String> statusLine,
    Map<String, String> identifyingHeaders) {

  /** The longest body excerpt kept, in characters. */
  public static final int MAX_EXCERPT = 512;

  public FailureDetails {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(bodyExcerpt, "bodyExcerpt");
    Objects.requireNonNull(statusLine, "statusLine");
    Objects.requireNonNull(identifyingHeaders, "identifyingHeaders");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative, was " + attempts);
    }
    bodyExcerpt = bodyExcerpt.filter(body -> !body.isEmpty()).map(FailureDetails::bound);
    statusLine = statusLine.filter(line -> !line.isBlank());
    Map<String, String> headers = new LinkedHashMap<>();
    identifyingHeaders.forEach(
        (name, value) -> headers.put(Objects.requireNonNull(name, "header name").toLowerCase(Locale.ROOT), Objects.requireNonNull(value, "header value")));
    identifyingHeaders = Collections.unmodifiableMap(headers);
  }

  /** Details without a status line or identifying headers, as for a failure with no response. */
  public FailureDetails(
      Optional<ConversationId> conversationId, OptionalInt status, int attempts, Optional<String> bodyExcerpt) {
    this(conversationId, status, attempts, bodyExcerpt, Optional.empty(), Map.of());
  }

  /** Details of a first attempt for this conversation that got no response. */
  public static FailureDetails of(ConversationId conversationId) {
    return new FailureDetails(
        Optional.of(conversationId), OptionalInt.empty(), 1, Optional.empty());
  }

  /** Details for a payload that is not tied to a known conversation. */
  public static FailureDetails unattributed() {
    return new FailureDetails(Optional.empty(), OptionalInt.empty(), 1, Optional.empty());
  }

  /** The same details with this status. */
  public FailureDetails withStatus(int status) {
    return new FailureDetails(conversationId, OptionalInt.of(status), attempts, bodyExcerpt, statusLine, identifyingHeaders);
  }

  /** The same details with this number of attempts. */
  public FailureDetails withAttempts(int attempts) {
    return new FailureDetails(conversationId, status, attempts, bodyExcerpt, statusLine, identifyingHeaders);
  }

  /** The same details with an excerpt of this body (bounded here). */
  public FailureDetails withBody(String body) {
    return new FailureDetails(conversationId, status, attempts, Optional.ofNullable(body), statusLine, identifyingHeaders);
  }

  /** The same details with this response status line and these identifying headers. */
  public FailureDetails withResponse(String statusLine, Map<String, String> identifyingHeaders) {
    return new FailureDetails(conversationId, status, attempts, bodyExcerpt, Optional.ofNullable(statusLine), identifyingHeaders);
  }

  /**
   * The request id the server gave the response, for a support ticket: the first of the
   * identifying headers {@code request-id}, {@code x-request-id}, {@code x-amzn-requestid},
   * {@code cf-ray}, {@code x-trace-id}, {@code traceparent} that is present.
   */
  public Optional<String> requestId() {
    for (String name : REQUEST_ID_ORDER) {
      String value = identifyingHeaders.get(name);
      if (value != null) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static final java.util.List<String> REQUEST_ID_ORDER =
      java.util.List.of("request-id", "x-request-id", "x-amzn-requestid", "cf-ray", "x-trace-id", "traceparent");

  private static String bound(String body) {
    if (body.length() <= MAX_EXCERPT) {
      return body;
    }
    int end = MAX_EXCERPT;
    if (Character.isHighSurrogate(body.charAt(end - 1))) {
      end--;
    }
    return body.substring(0, end) + "…";
  }
}
