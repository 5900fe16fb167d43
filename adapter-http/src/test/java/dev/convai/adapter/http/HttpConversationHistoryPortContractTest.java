package dev.convai.adapter.http;

import dev.convai.adapter.fake.FakeConversationAnalysisAdapter;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationHistoryPort;
import dev.convai.port.contract.ConversationHistoryPortContract;
import dev.convai.port.contract.HistoryHarness;
import java.time.Duration;

/** The history contract against the HTTP adapter over real HTTP, the fake behind a loopback server. */
class HttpConversationHistoryPortContractTest extends ConversationHistoryPortContract {

  private static final String API_KEY = "history-contract-key";

  @Override
  protected HistoryHarness openHistoryHarness() {
    FakeConversationAnalysisAdapter fake =
        FakeConversationAnalysisAdapter.builder().generateUnscripted(false).generatedHistory(0).build();
    FakeBackedApiServer server = FakeBackedApiServer.start(fake, API_KEY);
    HttpConversationAnalysisAdapter adapter =
        HttpConversationAnalysisAdapter.builder()
            .apiKey(API_KEY)
            .baseUrl(server.baseUrl())
            .vertx(server.vertx())
            .requestTimeout(Duration.ofSeconds(5))
            .backoff(Duration.ofMillis(10), Duration.ofMillis(40))
            .build();
    return new HistoryHarness() {
      @Override
      public ConversationHistoryPort port() {
        return adapter;
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
        adapter.close();
        server.close();
        fake.close();
      }
    };
  }
}
