package dev.convai.adapter.http;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1, port 0, for wire tests. Replies are scripted in order, one per
 * request (the last {@link #fallback} answers once the script runs out), and every request is
 * recorded with its raw request target and headers as they arrived.
 */
final class TestServer implements AutoCloseable {

  /** What the server does with one request. */
  @FunctionalInterface
  interface Reply {
    void respond(HttpServerRequest request, TestServer server);

    /** A complete response. */
    static Reply status(int status, Map<String, String> headers, String body) {
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      return (request, server) -> {
        HttpServerResponse response = request.response().setStatusCode(status);
        headers.forEach(response::putHeader);
        if (!headers.containsKey("Content-Type") && bytes.length > 0) {
          response.putHeader("Content-Type", "application/json");
        }
        response.end(Buffer.buffer(bytes));
      };
    }

    static Reply status(int status, String body) {
      return status(status, Map.of(), body);
    }

    static Reply status(int status) {
      return status(status, Map.of(), null);
    }

    static Reply json(int status, byte[] body) {
      return (request, server) ->
          request.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(Buffer.buffer(body));
    }

    /** The body gzipped, with {@code Content-Encoding: gzip}. */
    static Reply gzippedJson(int status, byte[] body) {
      byte[] gzipped;
      try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
          java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
        gzip.write(body);
        gzip.finish();
        gzipped = out.toByteArray();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return (request, server) ->
          request
              .response()
              .setStatusCode(status)
              .putHeader("Content-Type", "application/json")
              .putHeader("Content-Encoding", "gzip")
              .end(Buffer.buffer(gzipped));
    }

    /** The body in chunked transfer encoding, {@code piece} bytes at a time: no length up front. */
    static Reply chunkedJson(int status, byte[] body, int piece) {
      return (request, server) -> {
        HttpServerResponse response =
            request.response().setStatusCode(status).setChunked(true).putHeader("Content-Type", "application/json");
        for (int at = 0; at < body.length; at += piece) {
          response.write(Buffer.buffer(java.util.Arrays.copyOfRange(body, at, Math.min(body.length, at + piece))));
        }
        response.end();
      };
    }

    /** Closes the connection without any response. */
    static Reply closeConnection() {
      return (request, server) -> request.connection().close();
    }

    /** Sends headers announcing a body of {@code declaredLength} bytes and the first few, then nothing. */
    static Reply stallAfterHeaders(int status, int declaredLength, String start) {
      return (request, server) -> {
        HttpServerResponse response = request.response().setStatusCode(status);
        response.putHeader("Content-Type", "application/json");
        response.putHeader("Content-Length", Integer.toString(declaredLength));
        response.write(start);
      };
    }

    /** Never answers. */
    static Reply silence() {
      return (request, server) -> {};
    }

    /** The reply, after a delay on the server's event loop. */
    static Reply after(Duration delay, Reply reply) {
      return (request, server) -> {
        request.pause();
        server.vertx.setTimer(
            Math.max(1, delay.toMillis()),
            t -> {
              request.resume();
              reply.respond(request, server);
            });
      };
    }
  }

  /** One request as the server saw it. */
  record Recorded(String method, String rawUri, Map<String, List<String>> headers, long arrivedNanos) {
    /** The first value of a header, by case-insensitive name, or {@code null}. */
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  final Vertx vertx;
  private final HttpServer server;
  private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicInteger maxActive = new AtomicInteger();
  private volatile Reply fallback = Reply.status(500, "{\"detail\":\"unscripted request\"}");

  private TestServer(Vertx vertx, HttpServer server) {
    this.vertx = vertx;
    this.server = server;
  }

  static TestServer start() {
    Vertx vertx = Vertx.vertx();
    HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0));
    TestServer test = new TestServer(vertx, server);
    server.requestHandler(test::handle);
    try {
      server.listen().await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      vertx.close();
      throw new IllegalStateException("Test server did not start", e);
    }
    return test;
  }

  private void handle(HttpServerRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    request.headers().forEach(e -> headers.computeIfAbsent(e.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e.getValue()));
    requests.add(new Recorded(request.method().name(), request.uri(), Collections.unmodifiableMap(headers), System.nanoTime()));
    synchronized (requests) {
      requests.notifyAll();
    }
    int now = active.incrementAndGet();
    maxActive.accumulateAndGet(now, Math::max);
    AtomicBoolean finished = new AtomicBoolean();
    Runnable finish = () -> {
      if (finished.compareAndSet(false, true)) {
        active.decrementAndGet();
      }
    };
    request.response().closeHandler(v -> finish.run());
    request.response().endHandler(v -> finish.run());
    Reply reply = script.poll();
    (reply == null ? fallback : reply).respond(request, this);
  }

  /** Queues replies for the next requests, in order. */
  TestServer reply(Reply... replies) {
    script.addAll(List.of(replies));
    return this;
  }

  /** Drops the replies not used yet: the next requests get the fallback. */
  TestServer forgetScript() {
    script.clear();
    return this;
  }

  /** Answers every request once the script is used up. */
  TestServer fallback(Reply reply) {
    this.fallback = reply;
    return this;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  int port() {
    return server.actualPort();
  }

  List<Recorded> requests() {
    return List.copyOf(requests);
  }

  /** Blocks the test thread until {@code n} requests have arrived, for at most 10 s. */
  void awaitRequests(int n) {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    synchronized (requests) {
      while (requests.size() < n) {
        long left = TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime());
        if (left <= 0) {
          throw new AssertionError("The server saw " + requests.size() + " request(s), not " + n);
        }
        try {
          requests.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("Interrupted");
        }
      }
    }
  }

  int requestCount() {
    return requests.size();
  }

  /** The most requests that were being answered at the same moment. */
  int maxConcurrentRequests() {
    return maxActive.get();
  }

  @Override
  public void close() {
    try {
      vertx.close().await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      // A server that does not stop cleanly must not hide the test's own outcome.
    }
  }
}
