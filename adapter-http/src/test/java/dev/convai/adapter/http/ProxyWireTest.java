package dev.convai.adapter.http;

import static dev.convai.adapter.http.TestServer.Reply.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.FailureKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests through a forward proxy the test runs on 127.0.0.1, and what the proxy saw of them. */
class ProxyWireTest {

  private static final ConversationId ID = ConversationId.of("conv_proxied");
  private static final String PASSWORD = "pr0xy-s3cret";

  private TestServer server;
  private ForwardProxy proxy;

  @BeforeEach
  void start() {
    server = TestServer.start();
    proxy = ForwardProxy.start();
  }

  @AfterEach
  void stop() {
    proxy.close();
    server.close();
  }

  private String proxyWithCredentials() {
    return "http://alice:" + PASSWORD + "@127.0.0.1:" + proxy.port();
  }

  @Test
  void aPlainHttpCallGoesThroughTheProxyWithItsCredentials() {
    server.reply(json(200, Bodies.conversation(ID)));
    try (HttpConversationAnalysisAdapter adapter =
        HttpConversationAnalysisAdapter.builder()
            .apiKey("sk_test_proxy")
            .baseUrl(server.baseUrl())
            .proxy(proxyWithCredentials())
            .build()) {
      Outcomes.success(adapter.runAnalysis(ID));

      assertEquals(1, proxy.seen().size(), "requests the proxy forwarded");
      ForwardProxy.Seen seen = proxy.seen().get(0);
      assertEquals("POST " + server.baseUrl() + "/v1/convai/conversations/conv_proxied/analysis/run HTTP/1.1", seen.requestLine());
      assertEquals("Basic " + Base64.getEncoder().encodeToString(("alice:" + PASSWORD).getBytes(StandardCharsets.UTF_8)), seen.proxyAuthorization());
      assertEquals(1, server.requestCount());
      assertNull(server.requests().get(0).header("proxy-authorization"), "the proxy keeps its credentials");
      assertFalse(adapter.toString().contains(PASSWORD), adapter.toString());
      assertTrue(adapter.toString().contains("(with credentials)"), adapter.toString());
    }
  }

  @Test
  void anHttpsCallIsTunnelledWithConnectAndTheFailureNeverShowsTheCredentials() {
    // The target speaks plain http, so the TLS handshake through the tunnel fails: what matters
    // is that the adapter asked the proxy for a CONNECT tunnel to the API's host and port.
    try (HttpConversationAnalysisAdapter adapter =
        HttpConversationAnalysisAdapter.builder()
            .apiKey("sk_test_proxy")
            .baseUrl("https://localhost:" + server.port())
            .proxy(proxyWithCredentials())
            .connectTimeout(Duration.ofSeconds(5))
            .requestTimeout(Duration.ofSeconds(5))
            .build()) {
      ConversationAnalysisException failure = Outcomes.failure(adapter.runAnalysis(ID, AnalysisOptions.defaults().withoutRetries()));

      assertEquals(FailureKind.TRANSPORT, failure.kind());
      assertEquals("CONNECT localhost:" + server.port() + " HTTP/1.1", proxy.seen().get(0).requestLine());
      assertTrue(proxy.seen().get(0).proxyAuthorization().startsWith("Basic "));
      assertFalse(failure.toString().contains(PASSWORD), failure.toString());
      assertFalse(String.valueOf(failure.details()).contains(PASSWORD));
      assertEquals(0, server.requestCount(), "no plain request reached the server");
    }
  }

  @Test
  void fromEnvUsesHttpProxyForAPlainHttpBaseUrl() {
    server.reply(json(200, Bodies.conversation(ID)));
    Map<String, String> env = Map.of("ELEVENLABS_API_KEY", "sk_test_env", "ELEVENLABS_BASE_URL", server.baseUrl(), "HTTP_PROXY", proxy.url());
    try (HttpConversationAnalysisAdapter adapter = HttpConversationAnalysisAdapter.builderFromEnv(env::get).build()) {
      Outcomes.success(adapter.runAnalysis(ID));

      assertEquals(1, proxy.seen().size());
      assertNull(proxy.seen().get(0).proxyAuthorization());
    }
  }

  @Test
  void noProxyLetsTheCallBypassTheProxy() {
    server.reply(json(200, Bodies.conversation(ID)));
    Map<String, String> env =
        Map.of("ELEVENLABS_API_KEY", "sk_test_env", "ELEVENLABS_BASE_URL", server.baseUrl(), "http_proxy", proxy.url(), "NO_PROXY", "example.com, 127.0.0.1");
    try (HttpConversationAnalysisAdapter adapter = HttpConversationAnalysisAdapter.builderFromEnv(env::get).build()) {
      Outcomes.success(adapter.runAnalysis(ID));

      assertEquals(0, proxy.seen().size(), "the proxy was bypassed");
      assertEquals(1, server.requestCount());
    }
  }
}
