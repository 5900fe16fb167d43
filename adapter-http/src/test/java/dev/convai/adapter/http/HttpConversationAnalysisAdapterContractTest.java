package dev.convai.adapter.http;

import dev.convai.adapter.fake.FakeConversationAnalysisAdapter;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationAnalysisPort;
import dev.convai.port.FailureKind;
import dev.convai.port.contract.ContractHarness;
import dev.convai.port.contract.ConversationAnalysisPortContract;
import java.time.Duration;

/**
 * The port contract, run against the HTTP adapter over real HTTP: a server on 127.0.0.1 plays the
 * API with the fake behind it ({@link FakeBackedApiServer}).
 *
 * <p>It lives in adapter-fake's tests because adapter-fake already uses adapter-http in test scope
 * (for {@link ConversationJson}), and Maven refuses a cycle even between test scopes. The package
 * is the HTTP adapter's, so the class can move to adapter-http unchanged if that dependency is
 * ever turned around.
 */
class HttpConversationAnalysisAdapterContractTest extends ConversationAnalysisPortContract {

  private static final String API_KEY = "contract-test-key";

  @Override
  protected ContractHarness openHarness() {
    FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.builder().generateUnscripted(false).build();
    FakeBackedApiServer server = FakeBackedApiServer.start(fake, API_KEY);
    HttpConversationAnalysisAdapter adapter =
        HttpConversationAnalysisAdapter.builder()
            .apiKey(API_KEY)
            .baseUrl(server.baseUrl())
            .vertx(server.vertx())
            // Short enough for the timeout case to end quickly, long enough for a thousand
            // concurrent calls to get through the connection pool on a busy machine.
            .requestTimeout(Duration.ofSeconds(5))
            .maxConcurrentRequests(64)
            .backoff(Duration.ofMillis(10), Duration.ofMillis(40))
            .maxRetryAfter(Duration.ofMillis(40))
            .build();
    return new ContractHarness() {
      @Override
      public ConversationAnalysisPort port() {
        return adapter;
      }

      @Override
      public void scriptConversation(Conversation conversation) {
        fake.putConversation(conversation);
      }

      @Override
      public void scriptFailure(ConversationId id, FailureKind kind) {
        fake.fail(id, kind);
      }

      @Override
      public void scriptEvaluation(ConversationId id, String evaluationId, Verdict verdict) {
        fake.forceVerdict(id, evaluationId, verdict);
      }

      @Override
      public ConversationId unknownId() {
        return ConversationId.of("conv_contract_unknown");
      }

      @Override
      public int requestsReceived(ConversationId id) {
        return fake.callCount(id);
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
