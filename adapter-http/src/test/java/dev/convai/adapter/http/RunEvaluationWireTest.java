package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convai.adapter.fake.FakeConversationAnalysisAdapter;
import dev.convai.analysis.AnalysisScope;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.contract.ContractConversations;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The run-evaluation request on the wire: exactly the documented body, scope only when given. */
class RunEvaluationWireTest {

  private static final String KEY = "evaluation-wire-key";
  private static final ConversationId ID = ConversationId.of("conv_evaluation_wire");

  private FakeConversationAnalysisAdapter fake;
  private FakeBackedApiServer server;
  private HttpConversationAnalysisAdapter adapter;

  @BeforeEach
  void start() {
    fake = FakeConversationAnalysisAdapter.builder().generateUnscripted(false).generatedHistory(0).build();
    fake.putConversation(ContractConversations.done(ID));
    fake.forceVerdict(ID, "upsell", Verdict.SUCCESS);
    server = FakeBackedApiServer.start(fake, KEY);
    adapter =
        HttpConversationAnalysisAdapter.builder()
            .apiKey(KEY)
            .baseUrl(server.baseUrl())
            .vertx(server.vertx())
            .requestTimeout(Duration.ofSeconds(10))
            .build();
  }

  @AfterEach
  void stop() {
    adapter.close();
    server.close();
    fake.close();
  }

  @Test
  void sendsTheEvaluationIdAloneWithoutAScope() throws Exception {
    adapter.runEvaluation(ID, "upsell").toCompletableFuture().get(30, TimeUnit.SECONDS);

    assertEquals(List.of("{\"evaluation_id\":\"upsell\"}"), server.evaluationBodies());
  }

  @Test
  void sendsTheScopeWhenGivenAndEscapesTheId() throws Exception {
    adapter
        .runEvaluation(ID, "up\"sell", AnalysisScope.AGENT, AnalysisOptions.defaults().withoutRetries())
        .toCompletableFuture()
        .handle((conversation, error) -> null)
        .get(30, TimeUnit.SECONDS);

    assertEquals(List.of("{\"evaluation_id\":\"up\\\"sell\",\"scope\":\"agent\"}"), server.evaluationBodies());
  }

  @Test
  void aBlankEvaluationIdSendsNothing() {
    assertThrows(IllegalArgumentException.class, () -> adapter.runEvaluation(ID, " "));
    assertEquals(List.of(), server.evaluationBodies());
  }
}
