package dev.convai.adapter.http;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which response headers leave the adapter. A failure keeps only an allow-list of headers that
 * identify the request (it is logged and printed, so it carries nothing else); a raw response
 * keeps every header but those that can hold credentials or session state.
 */
final class ResponseHeaders {

  /** Request and trace ids that support and tracing tools ask for. */
  static final Set<String> IDENTIFYING =
      Set.of(
          "request-id",
          "x-request-id",
          "x-trace-id",
          "x-correlation-id",
          "traceparent",
          "cf-ray",
          "x-amzn-requestid",
          "x-amzn-trace-id",
          "x-cloud-trace-context",
          "x-b3-traceid");

  /** Never copied anywhere, whatever the server or a proxy sends. */
  static final Set<String> SENSITIVE =
      Set.of(
          "set-cookie",
          "set-cookie2",
          "cookie",
          "authorization",
          "proxy-authorization",
          "xi-api-key",
          "x-api-key");

  private static final List<String> REQUEST_ID_ORDER =
      List.of("request-id", "x-request-id", "x-amzn-requestid", "cf-ray", "x-trace-id", "traceparent");

  /** Values longer than this are cut: an id is short, and a failure must stay small. */
  private static final int MAX_VALUE = 256;

  private ResponseHeaders() {}

  /** The identifying headers, first value of each, redacted and bounded. */
  static Map<String, String> identifying(MultiMap headers, Failures failures) {
    Map<String, String> kept = new LinkedHashMap<>();
    for (Map.Entry<String, String> header : headers) {
      String name = header.getKey().toLowerCase(Locale.ROOT);
      if (IDENTIFYING.contains(name) && !kept.containsKey(name)) {
        String value = failures.redact(header.getValue());
        kept.put(name, value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value);
      }
    }
    return kept;
  }

  /** Every header but the sensitive ones, by lower-case name, values redacted. */
  static Map<String, List<String>> allButSensitive(MultiMap headers, Failures failures) {
    Map<String, List<String>> kept = new LinkedHashMap<>();
    for (Map.Entry<String, String> header : headers) {
      String name = header.getKey().toLowerCase(Locale.ROOT);
      if (!SENSITIVE.contains(name)) {
        kept.computeIfAbsent(name, n -> new ArrayList<>()).add(failures.redact(header.getValue()));
      }
    }
    kept.replaceAll((name, values) -> List.copyOf(values));
    return kept;
  }

  /** The first request id present, in the order {@link dev.convai.port.FailureDetails#requestId()} uses. */
  static Optional<String> requestId(Map<String, List<String>> headers) {
    for (String name : REQUEST_ID_ORDER) {
      List<String> values = headers.get(name);
      if (values != null && !values.isEmpty()) {
        return Optional.of(values.get(0));
      }
    }
    return Optional.empty();
  }
}
