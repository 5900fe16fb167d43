package dev.convai.compat.webflux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.compat.FixtureApi;
import dev.convai.compat.Scenario;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reactor Netty on Netty 4.1 serves the webhook while the shaded adapter's own Netty 4.2 makes
 * the call, in one JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookApplicationTest {

  private static final String SECRET = "compat-webhook-secret";
  private static final FixtureApi API = FixtureApi.start();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void pointAtTheLocalApi(DynamicPropertyRegistry properties) {
    properties.add("convai.api-key", () -> FixtureApi.API_KEY);
    properties.add("convai.base-url", API::baseUrl);
    properties.add("convai.webhook-secret", () -> SECRET);
  }

  @AfterAll
  static void stopTheApi() {
    API.close();
  }

  @Test
  void aSignedPostCallWebhookIsReceivedAndItsConversationReanalysed() throws Exception {
    String body =
        "{\"type\":\"post_call_transcription\",\"event_timestamp\":"
            + (System.currentTimeMillis() / 1000)
            + ",\"data\":"
            + new String(FixtureApi.fixture("post-call-webhook-data.json"), StandardCharsets.UTF_8)
            + "}";

    HttpResponse<String> response = post(body, signature(body));

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"conversation_id\":\"abc\""), response.body());
    assertTrue(response.body().contains("\"turns_received\":3"), response.body());
    assertTrue(response.body().contains("\"criteria\":1"), response.body());
    assertTrue(
        API.requests().contains("POST /v1/convai/conversations/abc/analysis/run"), API.requests().toString());
  }

  @Test
  void aWebhookWithAWrongSignatureIsRefused() throws Exception {
    String body = "{\"type\":\"post_call_transcription\",\"event_timestamp\":1,\"data\":{}}";

    assertEquals(401, post(body, "t=1,v0=00").statusCode());
  }

  @Test
  void reactorNettyKeepsSpringBootsNetty() {
    assertTrue(Scenario.nettyVersion().startsWith("4.1."), Scenario.nettyVersion());
    // The adapter's Vert.x is relocated, so none is visible under its own name.
    assertThrows(ClassNotFoundException.class, () -> Class.forName("io.vertx.core.Vertx"));
  }

  private HttpResponse<String> post(String body, String signature) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/elevenlabs"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("ElevenLabs-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** The header ElevenLabs sends: HMAC-SHA256 of "timestamp.body" with the webhook secret. */
  private static String signature(String body) throws Exception {
    long now = System.currentTimeMillis() / 1000;
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] digest = mac.doFinal((now + "." + body).getBytes(StandardCharsets.UTF_8));
    return "t=" + now + ",v0=" + HexFormat.of().formatHex(digest);
  }
}
