package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.convai.adapter.http.observe.Operation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The body reaches the decoder byte for byte however it arrives: with a length, without one, or
 * compressed (where the length on the wire is not the body's). The collector sizes its array
 * from the length header when there is one and grows it otherwise.
 */
class BodyCollectionWireTest {

  private static final ConversationId ID = ConversationId.of("conv_body_collection");

  @Test
  void aBodyWithALengthArrivesWhole() {
    byte[] body = bytes(300_000, 1);
    try (TestServer server = TestServer.start()) {
      server.reply(TestServer.Reply.json(200, body));
      assertArrayEquals(body, Outcomes.success(rawBody(server)));
    }
  }

  @Test
  void aChunkedBodyWithoutALengthArrivesWhole() {
    byte[] body = bytes(300_000, 2);
    try (TestServer server = TestServer.start()) {
      server.reply(TestServer.Reply.chunkedJson(200, body, 7_000));
      assertArrayEquals(body, Outcomes.success(rawBody(server)));
    }
  }

  @Test
  void aCompressedBodyLongerThanItsLengthOnTheWireArrivesWhole() {
    byte[] body = new byte[300_000]; // zeros: compresses to a few hundred bytes
    try (TestServer server = TestServer.start()) {
      server.reply(TestServer.Reply.gzippedJson(200, body));
      assertArrayEquals(body, Outcomes.success(rawBody(server)));
    }
  }

  @Test
  void anEmptyBodyArrivesEmpty() {
    try (TestServer server = TestServer.start()) {
      server.reply(TestServer.Reply.json(200, new byte[0]));
      assertArrayEquals(new byte[0], Outcomes.success(rawBody(server)));
    }
  }

  private static CompletableFuture<byte[]> rawBody(TestServer server) {
    HttpConversationAnalysisAdapter adapter =
        HttpConversationAnalysisAdapter.builder().apiKey("sk_test_body").baseUrl(server.baseUrl()).warmUpOnBuild(false).build();
    CompletableFuture<byte[]> body =
        adapter.exchange(
            Operation.RUN_ANALYSIS,
            Optional.of(ID),
            "/v1/convai/conversations/" + ID.value() + "/analysis/run",
            List.of(),
            Optional.empty(),
            AnalysisOptions.defaults(),
            (bytes, details) -> bytes);
    return body.whenComplete((value, failure) -> adapter.close());
  }

  /** Bytes of a fixed seed: the same on every run. */
  private static byte[] bytes(int length, long seed) {
    byte[] bytes = new byte[length];
    new SplittableRandom(seed).nextBytes(bytes);
    return bytes;
  }
}
