package dev.convai.adapter.http;

import dev.convai.conversation.ConversationId;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where requests go: scheme, host, port and path prefix of a base URL, and the request target of
 * the run-analysis call built from them. Parsed once, at {@code build()}, so that a bad URL fails
 * there and not on the first call.
 */
final class Endpoint {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final URI baseUrl;
  private final boolean tls;
  private final String host;
  private final int port;
  private final String pathPrefix;

  private Endpoint(URI baseUrl, boolean tls, String host, int port, String pathPrefix) {
    this.baseUrl = baseUrl;
    this.tls = tls;
    this.host = host;
    this.port = port;
    this.pathPrefix = pathPrefix;
  }

  /**
   * Parses a base URL such as {@code https://api.elevenlabs.io} or {@code http://127.0.0.1:8080/proxy}.
   *
   * @throws IllegalArgumentException if it is not an absolute http(s) URL with a host, carries
   *     user info, a query or a fragment, ends in {@code /v1}, or is plain http to a host that is
   *     not loopback while {@code allowInsecureHttp} is off
   */
  static Endpoint parse(String baseUrl, boolean allowInsecureHttp) {
    URI uri;
    try {
      uri = new URI(baseUrl.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Base URL is not a valid URL: " + e.getMessage(), e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("Base URL must be an http or https URL, was " + baseUrl);
    }
    if (uri.getRawUserInfo() != null) {
      // Credentials in a URL end up in logs and error messages; the key goes in a header only.
      throw new IllegalArgumentException("Base URL must not carry user info");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("Base URL must name a host, was " + baseUrl);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("Base URL must not have a query or fragment, was " + baseUrl);
    }
    boolean tls = scheme.equals("https");
    String host = uri.getHost();
    if (!tls && !allowInsecureHttp && !isLoopback(host)) {
      throw new IllegalArgumentException(
          "Base URL "
              + baseUrl
              + " is plain http to a host that is not loopback: the API key would cross the network"
              + " unencrypted (allowInsecureHttp(true) permits it)");
    }
    int port = uri.getPort() != -1 ? uri.getPort() : tls ? 443 : 80;
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.toLowerCase(Locale.ROOT).endsWith("/v1")) {
      // Often copied from the API reference; if accepted, every call would 404 on /v1/v1/...
      throw new IllegalArgumentException(
          "Base URL "
              + baseUrl
              + " ends in /v1, but the adapter adds /v1/convai/... to it itself, so every call would"
              + " go to /v1/v1/...: give the URL without /v1, such as https://api.elevenlabs.io");
    }
    // Vert.x wants the bare address for IPv6 literals, without the brackets of the URL syntax.
    String bareHost = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    return new Endpoint(uri, tls, bareHost, port, path);
  }

  /** {@code localhost}, 127.0.0.0/8 or ::1, decided from the text alone (no name lookup). */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return true;
    }
    if (h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
      return true;
    }
    String[] parts = h.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals("127")) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
          || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /** The request target of the run-analysis call: path only, the id as one encoded segment. */
  String runAnalysisPath(ConversationId id) {
    return conversationPath(id, "/analysis/run");
  }

  /**
   * The request target of a call on one conversation: {@code {prefix}/v1/convai/conversations/{id}}
   * followed by {@code suffix} (empty, or starting with {@code /}), the id as one encoded segment.
   */
  String conversationPath(ConversationId id, String suffix) {
    return path("/v1/convai/conversations/" + encodeSegment(id.value()) + suffix);
  }

  /** A path of the API (starting with {@code /}) under the base URL's path prefix. */
  String path(String apiPath) {
    if (!apiPath.startsWith("/")) {
      throw new IllegalArgumentException("An API path starts with /: " + apiPath);
    }
    return pathPrefix + apiPath;
  }

  /**
   * Percent-encodes text as exactly one path segment: every byte of its UTF-8 form that is not
   * RFC 3986 {@code unreserved} becomes {@code %XX}. Sub-delimiters, {@code :} and {@code @} are
   * legal in a segment but are encoded too, so no server or proxy can read a {@code ;} as a
   * parameter or a {@code +} as a space.
   */
  static String encodeSegment(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  boolean tls() {
    return tls;
  }

  String host() {
    return host;
  }

  int port() {
    return port;
  }

  URI baseUrl() {
    return baseUrl;
  }

  @Override
  public String toString() {
    return baseUrl.toString();
  }
}
