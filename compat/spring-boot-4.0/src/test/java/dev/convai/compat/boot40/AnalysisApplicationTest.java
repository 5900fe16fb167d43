package dev.convai.compat.boot40;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.compat.FixtureApi;
import dev.convai.compat.Scenario;
import dev.convai.conversation.Conversation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application on a random local port, its adapter pointed at a local stand-in API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalysisApplicationTest {

  private static final FixtureApi API = FixtureApi.start();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void pointAtTheLocalApi(DynamicPropertyRegistry properties) {
    properties.add("convai.api-key", () -> FixtureApi.API_KEY);
    properties.add("convai.base-url", API::baseUrl);
  }

  @AfterAll
  static void stopTheApi() {
    API.close();
  }

  @Test
  void anEndpointRunsAnAnalysisThroughTheLibrary() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/conversations/" + Scenario.CONVERSATION_ID + "/reanalysis"))
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"conversation_id\":\"" + Scenario.CONVERSATION_ID + "\""), response.body());
    assertTrue(response.body().contains("\"criteria\":1"), response.body());
    assertTrue(
        API.requests().contains("POST /v1/convai/conversations/" + Scenario.CONVERSATION_ID + "/analysis/run"),
        API.requests().toString());
  }

  @Test
  void decodesAPostCallWebhookBesideSpringsOwnJackson() {
    Conversation conversation = Scenario.decodeWebhookData();

    assertEquals("abc", conversation.conversationId().value());
    assertEquals(3, conversation.transcript().size());
  }

  @Test
  void nettyIsAlignedToTheOneVertxNeeds() {
    assertEquals("4.2.18.Final", Scenario.nettyVersion());
  }
}
