package dev.convai.adapter.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpResponseHead;
import io.vertx.core.streams.WriteStream;
import io.vertx.ext.web.codec.BodyCodec;
import io.vertx.ext.web.codec.spi.BodyStream;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Collects a response body as bytes, up to a limit, and stops taking bytes once the attempt it
 * belongs to has been given up (deadline passed). Refusing a chunk fails Web Client's body pipe,
 * which completes the send future with the refusal instead of buffering an unbounded body.
 */
final class BoundedBodyCodec implements BodyCodec<byte[]> {

  /** The body passed the limit. Carries the first bytes, for the failure's excerpt. */
  static final class TooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient byte[] head;
    private final long limit;

    TooLargeException(long limit, byte[] head) {
      super("Response body is larger than " + limit + " bytes", null, false, false);
      this.limit = limit;
      this.head = head;
    }

    byte[] head() {
      return head;
    }

    long limit() {
      return limit;
    }
  }

  /** The attempt was given up while its body was still arriving. */
  static final class AbandonedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AbandonedException() {
      super("Attempt abandoned", null, false, false);
    }
  }

  /** The attempt a body belongs to, as the adapter's interceptor and this codec see it. */
  interface Hooks {

    /**
     * Web Client has a request on a connection for this attempt.
     *
     * @return {@code false} if the attempt was given up meanwhile (the request has been reset)
     */
    boolean requestSent(HttpClientRequest request);

    /** The response's head has arrived; its body follows through this codec. */
    default void responseReceived(HttpResponseHead head) {}

    /** The response's head, once {@link #responseReceived} has seen it; otherwise {@code null}. */
    default HttpResponseHead head() {
      return null;
    }

    /** Whether the attempt has been given up (deadline passed or call cancelled). */
    boolean abandoned();
  }

  private static final int HEAD_BYTES = 4096;
  /** The first capacity when the head gives no length; a typical conversation fits. */
  private static final int INITIAL_BYTES = 16 * 1024;
  /** The most a length header alone may make us set aside before the bytes arrive. */
  private static final int MAX_PRESIZED_BYTES = 4 * 1024 * 1024;

  private final int maxBytes;
  private final Hooks hooks;

  /**
   * @param maxBytes the largest body accepted
   * @param abandoned tells whether the attempt has been given up
   */
  BoundedBodyCodec(int maxBytes, BooleanSupplier abandoned) {
    this(
        maxBytes,
        new Hooks() {
          @Override
          public boolean requestSent(HttpClientRequest request) {
            return true;
          }

          @Override
          public boolean abandoned() {
            return abandoned.getAsBoolean();
          }
        });
  }

  /**
   * @param maxBytes the largest body accepted
   * @param hooks the attempt the body belongs to
   */
  BoundedBodyCodec(int maxBytes, Hooks hooks) {
    this.maxBytes = maxBytes;
    this.hooks = hooks;
  }

  Hooks hooks() {
    return hooks;
  }

  @Override
  public BodyStream<byte[]> stream() {
    return new Stream();
  }

  /**
   * Collects into one array sized from the response's {@code Content-Length} when it has one,
   * so that a typical body is copied once, from the network buffers into the array it is
   * decoded from. The length is a hint only (compressed, or wrong): the array grows as needed
   * and the limit is enforced on the bytes that arrive.
   */
  private final class Stream implements BodyStream<byte[]> {
    private final Promise<byte[]> result = Promise.promise();
    private byte[] collected = new byte[initialCapacity()];
    private int size;

    @Override
    public Future<byte[]> result() {
      return result.future();
    }

    @Override
    public void handle(Throwable failure) {
      result.tryFail(failure);
    }

    @Override
    public WriteStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
      return this;
    }

    @Override
    public Future<Void> write(Buffer chunk) {
      if (result.future().isComplete()) {
        return Future.failedFuture(result.future().cause() != null ? result.future().cause() : new IllegalStateException("ended"));
      }
      if (hooks.abandoned()) {
        AbandonedException e = new AbandonedException();
        result.tryFail(e);
        return Future.failedFuture(e);
      }
      int length = chunk.length();
      if ((long) size + length > maxBytes) {
        byte[] head = Arrays.copyOf(collected, Math.min(size, HEAD_BYTES));
        if (head.length < HEAD_BYTES) {
          byte[] more = chunk.getBytes(0, Math.min(length, HEAD_BYTES - head.length));
          head = concat(head, more);
        }
        collected = new byte[0];
        size = 0;
        TooLargeException e = new TooLargeException(maxBytes, head);
        result.tryFail(e);
        return Future.failedFuture(e);
      }
      if (size + length > collected.length) {
        collected = Arrays.copyOf(collected, (int) Math.min(maxBytes, Math.max((long) size + length, 2L * collected.length)));
      }
      chunk.getBytes(0, length, collected, size);
      size += length;
      return Future.succeededFuture();
    }

    @Override
    public Future<Void> end() {
      if (result.future().isComplete()) {
        return Future.succeededFuture();
      }
      result.tryComplete(size == collected.length ? collected : Arrays.copyOf(collected, size));
      collected = null;
      return Future.succeededFuture();
    }

    @Override
    public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
      return this;
    }

    @Override
    public boolean writeQueueFull() {
      return false;
    }

    @Override
    public WriteStream<Buffer> drainHandler(Handler<Void> handler) {
      return this;
    }
  }

  private int initialCapacity() {
    HttpResponseHead head = hooks.head();
    String declared = head == null ? null : head.headers().get("content-length");
    long hint = INITIAL_BYTES;
    if (declared != null) {
      try {
        hint = Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        // Not a length: Web Client will fail the response on its own; start at the default.
      }
    }
    return (int) Math.max(0, Math.min(hint, Math.min(maxBytes, MAX_PRESIZED_BYTES)));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
