package dev.convai.adapter.http.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The stream finds the same first ill-formed sequence as the check over a whole array, however
 * the bytes are split into reads. Property test: the seed is printed on failure.
 */
class Utf8CheckingInputStreamTest {

  private static final int[] READ_SIZES = {1, 2, 3, 7, 64, 8192};
  /** Pieces that are well-formed alone, and the ill-formed ones the check must find. */
  private static final byte[][] PIECES = {
    bytes(0x41), bytes(0x7F), bytes(0xC2, 0x80), bytes(0xDF, 0xBF), bytes(0xE0, 0xA0, 0x80),
    bytes(0xED, 0x9F, 0xBF), bytes(0xEF, 0xBF, 0xBF), bytes(0xF0, 0x90, 0x80, 0x80), bytes(0xF4, 0x8F, 0xBF, 0xBF),
  };
  private static final byte[][] ILL_FORMED = {
    bytes(0xC0, 0xAF), bytes(0xC1, 0xBF), bytes(0x80), bytes(0xE0, 0x80, 0x80), bytes(0xED, 0xA0, 0x80),
    bytes(0xF0, 0x80, 0x80, 0x80), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF5, 0x80, 0x80, 0x80), bytes(0xFF),
    bytes(0xE2, 0x82), bytes(0xC2),
  };

  @Test
  void findsWhatTheWholeArrayCheckFindsForAnySplit() throws IOException {
    long seed = System.nanoTime();
    SplittableRandom random = new SplittableRandom(seed);
    for (int run = 0; run < 2_000; run++) {
      byte[] input = randomInput(random);
      long expected = WireCodec.firstInvalidUtf8(input);
      for (int readSize : READ_SIZES) {
        Utf8CheckingInputStream checked = new Utf8CheckingInputStream(new ByteArrayInputStream(input), 16);
        byte[] buffer = new byte[readSize];
        while (checked.read(buffer, 0, readSize) >= 0) {
          // reading is the point
        }
        assertEquals(expected, checked.firstInvalid(), () -> "seed " + seed + ", read size " + readSize + ", input " + Arrays.toString(input));
        assertArrayEquals(Arrays.copyOf(input, Math.min(16, input.length)), checked.head(), () -> "seed " + seed);
      }
    }
  }

  @Test
  void aSequenceCutByTheEndOfTheStreamIsIllFormedAtItsStart() throws IOException {
    Utf8CheckingInputStream checked = new Utf8CheckingInputStream(new ByteArrayInputStream(bytes(0x41, 0x42, 0xE2, 0x82)), 16);

    checked.readAllBytes();

    assertEquals(2, checked.firstInvalid());
  }

  @Test
  void singleByteReadsAreCheckedToo() throws IOException {
    Utf8CheckingInputStream checked = new Utf8CheckingInputStream(new ByteArrayInputStream(bytes(0x41, 0xC0, 0xAF)), 16);

    while (checked.read() >= 0) {
      // reading is the point
    }

    assertEquals(1, checked.firstInvalid());
  }

  private static byte[] randomInput(SplittableRandom random) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int pieces = random.nextInt(0, 40);
    for (int i = 0; i < pieces; i++) {
      byte[] piece = random.nextInt(12) == 0 ? ILL_FORMED[random.nextInt(ILL_FORMED.length)] : PIECES[random.nextInt(PIECES.length)];
      out.write(piece, 0, piece.length);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
