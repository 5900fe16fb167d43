package dev.convai.compat.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.compat.Scenario;
import dev.convai.conversation.Conversation;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Quarkus serves on its own Vert.x 4.5 while the shaded adapter calls out on its relocated Vert.x 5. */
@QuarkusTest
@QuarkusTestResource(LocalApiResource.class)
class ReanalysisResourceTest {

  @TestHTTPResource("/conversations/" + Scenario.CONVERSATION_ID + "/reanalysis")
  URL reanalysis;

  @Test
  void anEndpointRunsAnAnalysisThroughTheLibrary() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(reanalysis.toString()))
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(200, response.statusCode(), response.body());
    assertEquals(Scenario.CONVERSATION_ID + " criteria=1", response.body());
    assertTrue(
        LocalApiResource.api.requests().contains(
            "POST /v1/convai/conversations/" + Scenario.CONVERSATION_ID + "/analysis/run"),
        LocalApiResource.api.requests().toString());
  }

  @Test
  void decodesAPostCallWebhook() {
    Conversation conversation = Scenario.decodeWebhookData();

    assertEquals("abc", conversation.conversationId().value());
    assertEquals(3, conversation.transcript().size());
  }

  @Test
  void quarkusKeepsItsOwnVertx() throws Exception {
    String vertxVersion = io.vertx.core.impl.launcher.commands.VersionCommand.getVersion();
    assertTrue(vertxVersion.startsWith("4."), vertxVersion);
  }
}
