package dev.convai.adapter.http;

import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A forward proxy and the hosts that bypass it. {@code http://} proxies tunnel https with
 * {@code CONNECT} and receive plain-http requests in absolute form; {@code socks5://} proxies are
 * supported too. Credentials (from the URL's user info) go to the proxy only and never appear in
 * {@link #toString()} or in any message.
 */
final class ProxySettings {

  private final ProxyType type;
  private final String host;
  private final int port;
  private final Optional<String> username;
  private final Optional<String> password;
  private final List<String> noProxy;

  private ProxySettings(ProxyType type, String host, int port, Optional<String> username, Optional<String> password, List<String> noProxy) {
    this.type = type;
    this.host = host;
    this.port = port;
    this.username = username;
    this.password = password;
    this.noProxy = noProxy;
  }

  /**
   * Parses a proxy URL as curl does: {@code http://[user:password@]host[:port]} (port 1080 when
   * absent) or {@code socks5://...}; a URL without a scheme is taken as {@code http://}.
   *
   * @param noProxy hosts that bypass the proxy, in {@code NO_PROXY} syntax; may be empty
   * @throws IllegalArgumentException if the URL is not such a URL; the message never quotes the
   *     user info
   */
  static ProxySettings parse(String url, String noProxy) {
    String text = url.trim();
    if (!text.contains("://")) {
      text = "http://" + text;
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      // The input may hold a password: say what is wrong without quoting it.
      throw new IllegalArgumentException("Proxy URL is not a valid URL");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    ProxyType type;
    switch (scheme) {
      case "http":
        type = ProxyType.HTTP;
        break;
      case "socks5":
      case "socks5h":
        type = ProxyType.SOCKS5;
        break;
      default:
        throw new IllegalArgumentException(
            "Proxy URL scheme must be http, socks5 or socks5h, was " + scheme + " (TLS to the proxy itself is not supported)");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("Proxy URL must name a host");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (!(path.isEmpty() || path.equals("/")) || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("Proxy URL must be scheme, host and port only");
    }
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = uri.getPort() == -1 ? 1080 : uri.getPort();
    Optional<String> username = Optional.empty();
    Optional<String> password = Optional.empty();
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      username = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
      password = Optional.of(colon < 0 ? "" : decode(userInfo.substring(colon + 1)));
    }
    return new ProxySettings(type, host, port, username, password, parseNoProxy(noProxy));
  }

  /**
   * The proxy that curl would use for a base URL from these variables: {@code https_proxy} then
   * {@code HTTPS_PROXY} for https, {@code http_proxy} then {@code HTTP_PROXY} for plain http, then
   * {@code all_proxy} / {@code ALL_PROXY}; {@code no_proxy} then {@code NO_PROXY} for the bypass
   * list. Empty when none is set.
   */
  static Optional<ProxySettings> fromEnvironment(Function<String, String> env, boolean https) {
    Optional<String> url =
        https ? first(env, "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY") : first(env, "http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY");
    if (url.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(parse(url.get(), first(env, "no_proxy", "NO_PROXY").orElse("")));
  }

  private static Optional<String> first(Function<String, String> env, String... names) {
    for (String name : names) {
      String value = env.apply(name);
      if (value != null && !value.isBlank()) {
        return Optional.of(value.trim());
      }
    }
    return Optional.empty();
  }

  private static String decode(String part) {
    return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static List<String> parseNoProxy(String list) {
    List<String> entries = new ArrayList<>();
    for (String raw : list.split("[,\\s]+")) {
      String entry = raw.trim().toLowerCase(Locale.ROOT);
      if (entry.isEmpty()) {
        continue;
      }
      if (entry.startsWith("[")) { // [::1] or [::1]:8080
        int end = entry.indexOf(']');
        entry = end > 0 ? entry.substring(1, end) : entry;
      } else if (entry.indexOf(':') == entry.lastIndexOf(':') && entry.indexOf(':') > 0) {
        entry = entry.substring(0, entry.indexOf(':')); // host:port; curl ignores the port
      }
      while (entry.startsWith(".")) {
        entry = entry.substring(1);
      }
      if (entry.startsWith("*.")) {
        entry = entry.substring(2);
      }
      entries.add(entry);
    }
    return List.copyOf(entries);
  }

  /**
   * Whether a host bypasses the proxy: {@code *} bypasses every host; an entry bypasses the host
   * that equals it and every host under it ({@code example.com} and {@code .example.com} both
   * bypass {@code api.example.com}), as curl reads {@code NO_PROXY}.
   */
  boolean bypasses(String targetHost) {
    String h = targetHost.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    while (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    for (String entry : noProxy) {
      if (entry.equals("*") || h.equals(entry) || h.endsWith("." + entry)) {
        return true;
      }
    }
    return false;
  }

  ProxyOptions toProxyOptions() {
    ProxyOptions options = new ProxyOptions().setType(type).setHost(host).setPort(port);
    username.ifPresent(options::setUsername);
    password.ifPresent(options::setPassword);
    return options;
  }

  boolean hasCredentials() {
    return username.isPresent();
  }

  /** Scheme, host and port, and whether credentials are set; never the credentials. */
  @Override
  public String toString() {
    String scheme = type == ProxyType.HTTP ? "http" : "socks5";
    String shownHost = host.contains(":") ? "[" + host + "]" : host;
    return scheme + "://" + shownHost + ":" + port + (username.isPresent() ? " (with credentials)" : "")
        + (noProxy.isEmpty() ? "" : ", noProxy=" + String.join(",", noProxy));
  }
}
