package dev.convai.demo;

import dev.convai.port.ConversationAnalysisPort;
import dev.convai.port.ConversationHistoryPort;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * An opened adapter: the port to run the batch on, and what closing it releases (the HTTP
 * adapter's event loop and connections).
 */
interface Backend extends AutoCloseable {

  /** The port. */
  ConversationAnalysisPort port();

  /**
   * The same adapter's history port, for {@code fetch} and {@code --agent}.
   *
   * @throws IllegalStateException if the adapter cannot read the conversation history
   */
  default ConversationHistoryPort history() {
    if (port() instanceof ConversationHistoryPort history) {
      return history;
    }
    throw new IllegalStateException("this backend cannot read the conversation history");
  }

  /** Releases the adapter; never throws checked exceptions. */
  @Override
  void close();

  /** A backend over a port that holds nothing to release. */
  static Backend of(ConversationAnalysisPort port) {
    Objects.requireNonNull(port, "port");
    return new Backend() {
      @Override
      public ConversationAnalysisPort port() {
        return port;
      }

      @Override
      public void close() {}
    };
  }

  /**
   * What the command line asked for.
   *
   * @param kind fake or http
   * @param baseUrl {@code --base-url}, http only
   * @param region {@code --region}, http only
   * @param apiKey the key from the environment, http only; never printed
   * @param concurrency the most calls the batch keeps in flight, so the adapter can allow as many
   * @param allowInsecureHttp {@code --allow-insecure-http}: plain http to a host that is not loopback
   */
  record Request(
      BackendKind kind,
      Optional<URI> baseUrl,
      Optional<String> region,
      Optional<String> proxy,
      Optional<String> apiKey,
      int concurrency,
      boolean allowInsecureHttp) {
    public Request {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(baseUrl, "baseUrl");
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(proxy, "proxy");
      Objects.requireNonNull(apiKey, "apiKey");
    }

    @Override
    public String toString() {
      // Records print their components; the key and the proxy's credentials must never reach a log or a message.
      return "Request[kind=" + kind + ", baseUrl=" + baseUrl + ", region=" + region
          + ", proxy=" + (proxy.isPresent() ? "set" : "none") + ", concurrency=" + concurrency
          + ", allowInsecureHttp=" + allowInsecureHttp + "]";
    }
  }

  /** Opens backends; tests substitute their own. */
  @FunctionalInterface
  interface Factory {
    /**
     * Opens the backend.
     *
     * @throws IllegalArgumentException when the request cannot be served (an unknown region, a
     *     base URL the adapter refuses): a usage error
     */
    Backend open(Request request);
  }
}
