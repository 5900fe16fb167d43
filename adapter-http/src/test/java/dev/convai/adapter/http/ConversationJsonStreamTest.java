package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.Conversation;
import dev.convai.port.MalformedResponseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** Decoding from a stream gives what decoding the same bytes gives, failures included. */
class ConversationJsonStreamTest {

  @ParameterizedTest
  @FieldSource("dev.convai.adapter.http.Fixtures#REAL_CONVERSATIONS")
  void aRealPayloadDecodesFromAStreamAsFromItsBytes(String fixture) throws IOException {
    byte[] payload = Fixtures.real(fixture);

    Conversation fromStream = ConversationJson.decode(new ByteArrayInputStream(payload));

    assertEquals(ConversationJson.decode(payload), fromStream);
  }

  @Test
  void theStreamIsReadToItsEndAndLeftOpen() throws IOException {
    byte[] payload = Fixtures.real("docs-post-call-webhook-transcription-data.json");
    WatchedStream in = new WatchedStream(concat(payload, "\n\n".getBytes(StandardCharsets.UTF_8)));

    ConversationJson.decode(in);

    assertEquals(-1, in.read(), "read to its end");
    assertFalse(in.closed, "the caller's stream stays open");
  }

  @Test
  void aTruncatedDocumentFailsWithItsPath() {
    byte[] payload = Fixtures.real("docs-post-call-webhook-transcription-data.json");
    byte[] truncated = java.util.Arrays.copyOf(payload, payload.length / 2);

    MalformedResponseException fromStream =
        assertThrows(MalformedResponseException.class, () -> ConversationJson.decode(new ByteArrayInputStream(truncated)));
    MalformedResponseException fromBytes = assertThrows(MalformedResponseException.class, () -> ConversationJson.decode(truncated));

    assertTrue(fromStream.jsonPath().isPresent(), fromStream.getMessage());
    assertEquals(fromBytes.jsonPath(), fromStream.jsonPath());
    assertTrue(fromStream.details().bodyExcerpt().isPresent(), "the excerpt comes from the bytes kept");
  }

  @ParameterizedTest
  @FieldSource("dev.convai.adapter.http.ConversationJsonBadInputTest#NOT_UTF8")
  void whatIsNotUtf8IsRefusedFromAStreamWhereverItIs(byte[] invalid) {
    byte[][] placements = {
      concat(concat(bytes("{\"conversation_id\":\"c\",\"user_id\":\"a"), invalid), bytes("b\"}")),
      concat(concat(bytes("{\"conversation_id\":\"c\",\"otlp_traces\":{\"k"), invalid), bytes("\":1}}")),
      concat(concat(bytes("{\"conversation_id\":\"c\","), invalid), bytes("}")),
      concat(bytes("{\"conversation_id\":\"c\"}  "), invalid),
    };
    for (byte[] json : placements) {
      assertThrows(MalformedResponseException.class, () -> ConversationJson.decode(new ByteArrayInputStream(json)));
    }
  }

  @Test
  void anOverlongFormThatTheParserWouldReadIsRefusedByItsOffset() {
    // In a member's name the parser itself would read C0 AF as '/'.
    byte[] json = concat(concat(bytes("{\"conversation_id\":\"c\",\"otlp_traces\":{\"k"), new byte[] {(byte) 0xC0, (byte) 0xAF}), bytes("\":1}}"));

    MalformedResponseException failure =
        assertThrows(MalformedResponseException.class, () -> ConversationJson.decode(new ByteArrayInputStream(json)));

    assertTrue(failure.getMessage().contains("UTF-8"), failure.getMessage());
  }

  @Test
  void aFailingStreamFailsWithItsOwnException() {
    IOException broken = new IOException("disk gone");
    InputStream in =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw broken;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw broken;
          }
        };

    assertSame(broken, assertThrows(IOException.class, () -> ConversationJson.decode(in)));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static final class WatchedStream extends ByteArrayInputStream {
    boolean closed;

    WatchedStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }
}
