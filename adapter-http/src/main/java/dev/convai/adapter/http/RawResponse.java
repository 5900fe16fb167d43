package dev.convai.adapter.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A call's result together with what identifies its response: status, status line, headers, and
 * every attempt made with its time. Returned by the calls of
 * {@link HttpConversationAnalysisAdapter#withRawResponse()}.
 *
 * @param value the decoded result, as the plain call returns it
 * @param status the HTTP status of the response that produced the value
 * @param statusLine that response's status line, such as {@code HTTP/1.1 200 OK}
 * @param headers that response's headers by lower-case name, each with its values in order;
 *     never {@code set-cookie}, {@code authorization}, {@code xi-api-key} or proxy credentials
 * @param attempts every request the call made, the last one first produced {@code value}
 * @param <T> the result type
 */
public record RawResponse<T>(
    T value, int status, String statusLine, Map<String, List<String>> headers, List<Attempt> attempts) {

  /**
   * A raw response.
   *
   * @throws NullPointerException if any argument is {@code null}
   */
  public RawResponse {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(statusLine, "statusLine");
    headers = Map.copyOf(headers);
    attempts = List.copyOf(attempts);
  }

  /** The first value of a header (name in any case), if the response had it. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The request id the server gave the response, as {@link dev.convai.port.FailureDetails#requestId()} picks it. */
  public Optional<String> requestId() {
    return ResponseHeaders.requestId(headers);
  }

  /**
   * One request of the call.
   *
   * @param number the attempt's number, from 1
   * @param status its response's status, absent when none arrived
   * @param elapsed from sending the request to its outcome (the whole body received, or the failure)
   */
  public record Attempt(int number, OptionalInt status, Duration elapsed) {

    /**
     * An attempt.
     *
     * @throws NullPointerException if {@code status} or {@code elapsed} is {@code null}
     */
    public Attempt {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(elapsed, "elapsed");
    }
  }
}
