package dev.convai.adapter.http;

import static dev.convai.adapter.http.Outcomes.success;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convai.adapter.fake.FakeConversationAnalysisAdapter;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fake's generated conversations survive the codec, and two fakes encode the same id to the
 * same bytes: what the fake serves through a local server is what the HTTP adapter decodes.
 */
class FakeConversationCodecTest {

  private static final long SEED = Long.getLong("convai.seed", new SplittableRandom().nextLong());

  @Test
  void generatedConversationsRoundTripToTheSameBytes() {
    SplittableRandom random = new SplittableRandom(SEED);
    try (FakeConversationAnalysisAdapter first = FakeConversationAnalysisAdapter.create();
        FakeConversationAnalysisAdapter second = FakeConversationAnalysisAdapter.create()) {
      for (int i = 0; i < 200; i++) {
        ConversationId id = ConversationId.of("conv_" + Long.toHexString(random.nextLong()));
        String where = "id " + id + ", seed " + SEED + " (replay with -Dconvai.seed=" + SEED + ")";
        Conversation conversation = success(first.runAnalysis(id));
        byte[] json = ConversationJson.encodeToBytes(conversation);
        assertArrayEquals(json, ConversationJson.encodeToBytes(success(second.runAnalysis(id))), where);
        assertEquals(conversation, ConversationJson.decode(json), where);
      }
    }
  }
}
