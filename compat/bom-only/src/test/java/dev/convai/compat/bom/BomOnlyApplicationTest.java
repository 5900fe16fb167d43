package dev.convai.compat.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.adapter.fake.FakeConversationAnalysisAdapter;
import dev.convai.compat.FixtureApi;
import dev.convai.compat.Scenario;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.contract.ConversationAnalysisPortContract;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Every module, versions from the BOM alone: the adapter calls, the fake answers, the contract suite is there. */
class BomOnlyApplicationTest {

  @Test
  void runsAnAnalysisAgainstALocalServer() throws Exception {
    try (FixtureApi api = FixtureApi.start()) {
      Conversation conversation = Scenario.runAnalysis(api);

      assertEquals(Scenario.CONVERSATION_ID, conversation.conversationId().value());
    }
  }

  @Test
  void decodesAPostCallWebhook() {
    assertEquals("abc", Scenario.decodeWebhookData().conversationId().value());
  }

  @Test
  void theFakeAnswersTheSameIdTheSameWay() throws Exception {
    try (var first = FakeConversationAnalysisAdapter.create();
        var second = FakeConversationAnalysisAdapter.create()) {
      ConversationId id = ConversationId.of(Scenario.CONVERSATION_ID);
      assertEquals(
          first.runAnalysis(id).toCompletableFuture().get(10, TimeUnit.SECONDS),
          second.runAnalysis(id).toCompletableFuture().get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void theContractSuiteComesFromCoresTestJar() {
    // Resolved through the BOM's test-jar entry, not from a build directory.
    String source =
        ConversationAnalysisPortContract.class.getProtectionDomain().getCodeSource().getLocation().toString();

    assertTrue(source.endsWith("convai-analysis-core-" + System.getProperty("convai.version") + "-tests.jar"), source);
  }
}
