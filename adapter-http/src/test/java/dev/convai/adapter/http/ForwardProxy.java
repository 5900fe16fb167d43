package dev.convai.adapter.http;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A real forward proxy on 127.0.0.1, port 0, for wire tests: {@code CONNECT host:port} opens a
 * tunnel; a request in absolute form ({@code GET http://host:port/path}) is forwarded to its
 * host in origin form, without its {@code Proxy-Authorization}. Every request head it received
 * is recorded, so a test can count what went through it and see the credentials it was sent.
 */
final class ForwardProxy implements AutoCloseable {

  /** One request head as the proxy received it. */
  record Seen(String requestLine, String proxyAuthorization) {}

  private final Vertx vertx;
  private final NetServer server;
  private final NetClient client;
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  private ForwardProxy(Vertx vertx) {
    this.vertx = vertx;
    this.client = vertx.createNetClient();
    this.server = vertx.createNetServer().connectHandler(this::accept);
  }

  static ForwardProxy start() {
    ForwardProxy proxy = new ForwardProxy(Vertx.vertx());
    try {
      proxy.server.listen(0, "127.0.0.1").await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      proxy.close();
      throw new IllegalStateException("Proxy did not start", e);
    }
    return proxy;
  }

  String url() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  int port() {
    return server.actualPort();
  }

  List<Seen> seen() {
    return List.copyOf(seen);
  }

  private void accept(NetSocket downstream) {
    Buffer head = Buffer.buffer();
    downstream.handler(
        chunk -> {
          head.appendBuffer(chunk);
          String text = head.toString(StandardCharsets.ISO_8859_1);
          int end = text.indexOf("\r\n\r\n");
          if (end < 0) {
            return;
          }
          downstream.pause();
          downstream.handler(null);
          String[] lines = text.substring(0, end).split("\r\n");
          String auth = null;
          StringBuilder forwarded = new StringBuilder();
          for (int i = 1; i < lines.length; i++) {
            if (lines[i].toLowerCase(Locale.ROOT).startsWith("proxy-authorization:")) {
              auth = lines[i].substring(lines[i].indexOf(':') + 1).trim();
            } else {
              forwarded.append(lines[i]).append("\r\n");
            }
          }
          seen.add(new Seen(lines[0], auth));
          Buffer rest = head.getBuffer(end + 4, head.length());
          String[] parts = lines[0].split(" ");
          if (parts[0].equals("CONNECT")) {
            String[] target = parts[1].split(":");
            tunnel(downstream, target[0], Integer.parseInt(target[1]), Buffer.buffer("HTTP/1.1 200 Connection established\r\n\r\n"), null);
          } else {
            URI uri = URI.create(parts[1]);
            String origin = parts[0] + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " " + parts[2] + "\r\n";
            Buffer request = Buffer.buffer(origin + forwarded + "\r\n").appendBuffer(rest);
            tunnel(downstream, uri.getHost(), uri.getPort(), null, request);
          }
        });
  }

  /**
   * Connects to the target and pipes both ways. Only the first request of a connection is read;
   * the tests close their adapters between proxied requests, so that is every request.
   */
  private void tunnel(NetSocket downstream, String host, int port, Buffer replyFirst, Buffer sendFirst) {
    client
        .connect(port, host)
        .onSuccess(
            upstream -> {
              if (replyFirst != null) {
                downstream.write(replyFirst);
              }
              if (sendFirst != null) {
                upstream.write(sendFirst);
              }
              downstream.handler(upstream::write);
              upstream.handler(downstream::write);
              downstream.closeHandler(v -> upstream.close());
              upstream.closeHandler(v -> downstream.close());
              downstream.resume();
            })
        .onFailure(e -> downstream.write(Buffer.buffer("HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n")).onComplete(v -> downstream.close()));
  }

  @Override
  public void close() {
    try {
      vertx.close().await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      // A proxy that does not stop cleanly must not hide the test's own outcome.
    }
  }
}
