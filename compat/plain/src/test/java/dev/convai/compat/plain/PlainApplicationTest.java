package dev.convai.compat.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convai.compat.FixtureApi;
import dev.convai.compat.Scenario;
import dev.convai.conversation.Conversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No BOM: the plain adapter with the dependencies it declares, and nothing managed. */
class PlainApplicationTest {

  @Test
  void runsAnAnalysisAgainstALocalServer() throws Exception {
    try (FixtureApi api = FixtureApi.start()) {
      Conversation conversation = Scenario.runAnalysis(api);

      assertEquals(Scenario.CONVERSATION_ID, conversation.conversationId().value());
      assertEquals("agent_id", conversation.agentId().value());
      assertEquals(1, conversation.analysis().orElseThrow().criteria().size());
      assertEquals(
          List.of("POST /v1/convai/conversations/" + Scenario.CONVERSATION_ID + "/analysis/run"),
          api.requests());
    }
  }

  @Test
  void decodesAPostCallWebhook() {
    Conversation conversation = Scenario.decodeWebhookData();

    assertEquals("abc", conversation.conversationId().value());
    assertEquals(3, conversation.transcript().size());
  }

  @Test
  void nettyIsTheOneVertxIsBuiltWith() {
    assertEquals("4.2.18.Final", Scenario.nettyVersion());
  }

  @Test
  void buildTimeToolsStayOffTheConsumersClasspath() {
    for (String buildTimeOnly :
        List.of(
            "org.mapstruct.Mapper",
            "org.mapstruct.factory.Mappers",
            "org.mapstruct.ap.MappingProcessor",
            "org.immutables.value.Value",
            "org.immutables.processor.ProxyProcessor")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(buildTimeOnly), buildTimeOnly);
    }
  }
}
