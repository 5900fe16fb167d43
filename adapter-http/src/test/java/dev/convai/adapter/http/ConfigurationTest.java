package dev.convai.adapter.http;

import static dev.convai.adapter.http.TestServer.Reply.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationNotFoundException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Builder rules, {@code fromEnv} and what the adapter shows of itself. */
class ConfigurationTest {

  private static final String KEY = "sk_config_secret_value";

  @Test
  void fromEnvReadsKeyAndBaseUrl() {
    try (TestServer server = TestServer.start()) {
      server.reply(status(404));
      Map<String, String> env = Map.of("ELEVENLABS_API_KEY", " " + KEY + " ", "ELEVENLABS_BASE_URL", server.baseUrl() + "/");

      try (HttpConversationAnalysisAdapter adapter = HttpConversationAnalysisAdapter.builderFromEnv(env::get).build()) {
        Outcomes.failure(adapter.runAnalysis(ConversationId.of("conv_env")), ConversationNotFoundException.class);
      }

      assertEquals(KEY, server.requests().get(0).header("xi-api-key"));
      assertEquals("/v1/convai/conversations/conv_env/analysis/run", server.requests().get(0).rawUri());
    }
  }

  @Test
  void fromEnvWithoutBaseUrlUsesTheDefaultRegion() {
    HttpConversationAnalysisAdapter.Builder builder = HttpConversationAnalysisAdapter.builderFromEnv(Map.of("ELEVENLABS_API_KEY", KEY)::get);
    try (HttpConversationAnalysisAdapter adapter = builder.build()) {
      assertTrue(adapter.toString().contains("baseUrl=https://api.elevenlabs.io,"), adapter.toString());
    }
  }

  @Test
  void fromEnvWithoutKeyFailsClearly() {
    Map<String, String> env = new HashMap<>();
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> HttpConversationAnalysisAdapter.builderFromEnv(env::get));
    assertEquals("Environment variable ELEVENLABS_API_KEY is not set", missing.getMessage());
    env.put("ELEVENLABS_API_KEY", "   ");
    assertThrows(IllegalStateException.class, () -> HttpConversationAnalysisAdapter.builderFromEnv(env::get));
  }

  @Test
  void fromEnvRefusesPlainHttpToARemoteHost() {
    Map<String, String> env = Map.of("ELEVENLABS_API_KEY", KEY, "ELEVENLABS_BASE_URL", "http://api.elevenlabs.io");
    HttpConversationAnalysisAdapter.Builder builder = HttpConversationAnalysisAdapter.builderFromEnv(env::get);
    assertThrows(IllegalArgumentException.class, builder::build);
  }

  @Test
  void buildWithoutKeyFails() {
    assertThrows(IllegalStateException.class, () -> HttpConversationAnalysisAdapter.builder().build());
  }

  @Test
  void plainHttpToNonLoopbackIsRefusedAtBuildUnlessAllowed() {
    HttpConversationAnalysisAdapter.Builder builder = HttpConversationAnalysisAdapter.builder().apiKey(KEY).baseUrl("http://proxy.internal:8080");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertFalse(e.getMessage().contains(KEY));
    // Allowed explicitly: builds, and never connects in this test.
    try (HttpConversationAnalysisAdapter adapter = builder.allowInsecureHttp(true).build()) {
      assertTrue(adapter.toString().contains("http://proxy.internal:8080"));
    }
  }

  @Test
  void regionAndBaseUrlReplaceEachOther() {
    try (HttpConversationAnalysisAdapter adapter =
        HttpConversationAnalysisAdapter.builder().apiKey(KEY).baseUrl("http://127.0.0.1:1").region(Region.SG_RESIDENCY).build()) {
      assertTrue(adapter.toString().contains("baseUrl=https://api.sg.residency.elevenlabs.io,"), adapter.toString());
    }
  }

  @Test
  void invalidSettingsAreRefused() {
    HttpConversationAnalysisAdapter.Builder b = HttpConversationAnalysisAdapter.builder();
    assertThrows(IllegalArgumentException.class, () -> b.requestTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> b.connectTimeout(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> b.maxRetries(-1));
    assertThrows(IllegalArgumentException.class, () -> b.backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> b.maxRetryAfter(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> b.maxConcurrentRequests(0));
    assertThrows(IllegalArgumentException.class, () -> b.maxResponseBytes(0));
    assertThrows(NullPointerException.class, () -> b.apiKey(null));
    assertThrows(IllegalArgumentException.class, () -> HttpConversationAnalysisAdapter.builder().apiKey(KEY).userAgent("bad\r\nX-Injected: 1").build());
  }

  @Test
  void toStringShowsSettingsButNeverTheKey() {
    HttpConversationAnalysisAdapter.Builder builder = HttpConversationAnalysisAdapter.builder().apiKey(KEY).region(Region.EU_RESIDENCY);
    assertFalse(builder.toString().contains(KEY), builder.toString());
    try (HttpConversationAnalysisAdapter adapter = builder.build()) {
      String shown = adapter.toString();
      assertFalse(shown.contains(KEY), shown);
      assertTrue(shown.contains("https://api.eu.residency.elevenlabs.io"), shown);
      assertTrue(shown.contains("requestTimeout=PT4M"), shown);
      assertTrue(shown.contains("maxRetries=2"), shown);
    }
  }

  @Test
  void closeNeverThrowsAndIsIdempotent() {
    HttpConversationAnalysisAdapter adapter = HttpConversationAnalysisAdapter.builder().apiKey(KEY).baseUrl("http://127.0.0.1:1").build();
    adapter.close();
    adapter.close();
  }

  @Test
  void nullArgumentsAreTheOnlySynchronousFailure() {
    try (HttpConversationAnalysisAdapter adapter = HttpConversationAnalysisAdapter.builder().apiKey(KEY).baseUrl("http://127.0.0.1:1").build()) {
      assertThrows(NullPointerException.class, () -> adapter.runAnalysis(null));
      assertThrows(NullPointerException.class, () -> adapter.runAnalysis(ConversationId.of("c"), null));
    }
  }
}
