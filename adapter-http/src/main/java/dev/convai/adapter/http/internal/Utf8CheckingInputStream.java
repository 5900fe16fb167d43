package dev.convai.adapter.http.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Passes bytes through while checking, across read boundaries, that they are well-formed UTF-8
 * by the same rules as {@link WireCodec#firstInvalidUtf8(byte[])}, and keeps the first few for a
 * failure's excerpt. It records the first ill-formed sequence instead of failing the read, so
 * that the parser reading through it reports its own errors first. {@link #close()} leaves the
 * underlying stream open: it belongs to the caller.
 */
final class Utf8CheckingInputStream extends FilterInputStream {

  private final byte[] head;
  private int headLength;
  private long position;
  private long firstInvalid = -1;
  /** Continuation bytes still expected in the current sequence. */
  private int pending;
  /** The range of the next continuation byte; only the second byte of a sequence is narrower. */
  private int low = 0x80;
  private int high = 0xBF;
  private long sequenceStart;

  Utf8CheckingInputStream(InputStream in, int headBytes) {
    super(in);
    this.head = new byte[headBytes];
  }

  /** The offset of the first byte of the first ill-formed sequence read so far, or -1. */
  long firstInvalid() {
    return firstInvalid;
  }

  /** The first bytes read, up to the size given at construction. */
  byte[] head() {
    return Arrays.copyOf(head, headLength);
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b < 0) {
      ended();
    } else {
      check(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n < 0) {
      ended();
    } else {
      check(b, off, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes must be checked too: read them.
    byte[] buffer = new byte[(int) Math.min(8192, Math.max(0, n))];
    long skipped = 0;
    while (skipped < n) {
      int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (read < 0) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {
    // Not supported: a reset would check the same bytes twice.
  }

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }

  @Override
  public void close() {
    // The caller's stream: the caller closes it.
  }

  private void ended() {
    if (pending > 0 && firstInvalid < 0) {
      firstInvalid = sequenceStart; // the stream ended inside a sequence
    }
    pending = 0;
  }

  private void check(byte[] bytes, int off, int n) {
    if (headLength < head.length) {
      int kept = Math.min(n, head.length - headLength);
      System.arraycopy(bytes, off, head, headLength, kept);
      headLength += kept;
    }
    if (firstInvalid >= 0) {
      position += n;
      return; // only the first problem is reported
    }
    for (int i = off, end = off + n; i < end; i++, position++) {
      int b = bytes[i] & 0xFF;
      if (pending > 0) {
        if (b < low || b > high) {
          firstInvalid = sequenceStart;
          position += end - i;
          return;
        }
        pending--;
        low = 0x80;
        high = 0xBF;
        continue;
      }
      if (b < 0x80) {
        continue;
      }
      sequenceStart = position;
      if (b >= 0xC2 && b <= 0xDF) {
        pending = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        pending = 2;
        low = b == 0xE0 ? 0xA0 : 0x80;
        high = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        pending = 3;
        low = b == 0xF0 ? 0x90 : 0x80;
        high = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        firstInvalid = position;
        position += end - i;
        return;
      }
    }
  }
}
