package dev.convai.adapter.http;

import dev.convai.adapter.fake.FakeConversationAnalysisAdapter;
import dev.convai.conversation.ConversationId;

/** Response bodies for wire tests: a whole conversation as the API sends it. */
final class Bodies {

  private Bodies() {}

  /** The JSON of an analysed conversation with this id, as the fake backend makes it. */
  static byte[] conversation(ConversationId id) {
    try (FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.create()) {
      return ConversationJson.encodeToBytes(fake.runAnalysis(id).toCompletableFuture().join());
    }
  }
}
