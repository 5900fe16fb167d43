package dev.convai.adapter.fake;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

/**
 * The fake's only source of variety: SplitMix64 seeded from a SHA-256 digest of text.
 *
 * <p>The seed of {@code seededBy(p1, p2, ...)} is the first 8 bytes, read big-endian, of the
 * SHA-256 digest of the parts, each written as its UTF-8 length (4 bytes, big-endian) followed by
 * its UTF-8 bytes. Length prefixes keep {@code ("ab", "c")} and {@code ("a", "bc")} apart. The
 * generator is SplitMix64 (Steele, Lea and Flood, 2014), written out here rather than borrowed
 * from the JDK so that no JDK version can change what it yields. Both steps are specified down to
 * the bit, so the same parts give the same numbers on every JVM, platform and run.
 *
 * <p>Not thread-safe; each use creates its own.
 */
final class DeterministicRandom {

  private long state;

  private DeterministicRandom(long seed) {
    this.state = seed;
  }

  /** A generator seeded by these parts, as the class documentation specifies. */
  static DeterministicRandom seededBy(String... parts) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest's specification).
      throw new IllegalStateException("SHA-256 is not available", e);
    }
    for (String part : parts) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      sha256.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
      sha256.update(bytes);
    }
    return new DeterministicRandom(ByteBuffer.wrap(sha256.digest()).getLong());
  }

  /** The next 64 bits. */
  long nextLong() {
    state += 0x9E3779B97F4A7C15L;
    long z = state;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * A number in {@code [0, bound)}: the unsigned remainder of {@link #nextLong()}. Its bias
   * (below 2<sup>-32</sup> for the small bounds used here) does not matter for test data.
   */
  int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, was " + bound);
    }
    return (int) Long.remainderUnsigned(nextLong(), bound);
  }

  /** A number in {@code [from, to]}. */
  int between(int from, int to) {
    return from + nextInt(to - from + 1);
  }

  /** {@code true} with a chance of {@code percent} in a hundred. */
  boolean chance(int percent) {
    return nextInt(100) < percent;
  }

  /** One of the elements. */
  <T> T pick(List<T> elements) {
    return elements.get(nextInt(elements.size()));
  }

  /** Eight lowercase hexadecimal digits, for ids that look like the API's. */
  String hex8() {
    // Locale.ROOT: the output must not depend on the platform's default locale.
    return String.format(Locale.ROOT, "%08x", nextLong() >>> 32);
  }
}
