package dev.convai.adapter.fake;

import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationHistoryPort;
import dev.convai.port.contract.ConversationHistoryPortContract;
import dev.convai.port.contract.HistoryHarness;

/** The history contract against the fake, holding only what the contract scripts. */
class FakeConversationHistoryPortContractTest extends ConversationHistoryPortContract {

  @Override
  protected HistoryHarness openHistoryHarness() {
    FakeConversationAnalysisAdapter fake =
        FakeConversationAnalysisAdapter.builder().generateUnscripted(false).generatedHistory(0).build();
    return new HistoryHarness() {
      @Override
      public ConversationHistoryPort port() {
        return fake;
      }

      @Override
      public void scriptConversation(Conversation conversation) {
        fake.putConversation(conversation);
      }

      @Override
      public ConversationId unknownId() {
        return ConversationId.of("conv_history_unknown");
      }

      @Override
      public int listRequestsReceived() {
        return fake.listings().size();
      }

      @Override
      public void close() {
        fake.close();
      }
    };
  }
}
