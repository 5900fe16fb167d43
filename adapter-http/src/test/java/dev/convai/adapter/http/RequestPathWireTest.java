package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationNotFoundException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The request as it arrives: method, raw path bytes and headers. */
class RequestPathWireTest {

  private TestServer server;
  private HttpConversationAnalysisAdapter adapter;

  @BeforeEach
  void start() {
    server = TestServer.start().fallback(TestServer.Reply.status(404, "{\"detail\":\"Not found\"}"));
  }

  @AfterEach
  void stop() {
    if (adapter != null) {
      adapter.close();
    }
    server.close();
  }

  private HttpConversationAnalysisAdapter adapter(String baseUrl) {
    adapter =
        HttpConversationAnalysisAdapter.builder()
            .apiKey("sk_test_path")
            .baseUrl(baseUrl)
            .requestTimeout(Duration.ofSeconds(5))
            .build();
    return adapter;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      value = {
        "conv_01jwzz3ygceg7v0te0rewn2nzj => conv_01jwzz3ygceg7v0te0rewn2nzj",
        "a/b => a%2Fb",
        "a?b#c => a%3Fb%23c",
        "100% => 100%25",
        "'x y' => x%20y",
        "żółw => %C5%BC%C3%B3%C5%82w",
        "a;b+c=d&e@f:g => a%3Bb%2Bc%3Dd%26e%40f%3Ag",
        "../x => ..%2Fx",
        "a..b~c-d_e => a..b~c-d_e"
      })
  void idIsSentAsExactlyOneEncodedSegment(String id, String encoded) {
    Outcomes.failure(adapter(server.baseUrl()).runAnalysis(ConversationId.of(id)), ConversationNotFoundException.class);

    String raw = server.requests().get(0).rawUri();
    assertEquals("/v1/convai/conversations/" + encoded + "/analysis/run", raw);
    assertTrue(raw.chars().allMatch(c -> c > 0x20 && c < 0x7F), "request target is plain ASCII: " + raw);
  }

  @Test
  void basePathPrefixIsKeptAndTrailingSlashIgnored() {
    Outcomes.failure(adapter(server.baseUrl() + "/proxy/eleven/").runAnalysis(ConversationId.of("a/b")));

    assertEquals("/proxy/eleven/v1/convai/conversations/a%2Fb/analysis/run", server.requests().get(0).rawUri());
  }

  @Test
  void sendsPostWithKeyAcceptAndUserAgent() {
    adapter =
        HttpConversationAnalysisAdapter.builder()
            .apiKey("sk_test_headers")
            .baseUrl(server.baseUrl())
            .userAgent("convai-test/1.0")
            .build();

    Outcomes.failure(adapter.runAnalysis(ConversationId.of("conv_1")));

    TestServer.Recorded request = server.requests().get(0);
    assertEquals("POST", request.method());
    assertEquals("sk_test_headers", request.header("xi-api-key"));
    assertEquals("application/json", request.header("accept"));
    assertEquals("convai-test/1.0", request.header("user-agent"));
    assertEquals(1, request.headers().get("user-agent").size(), "one user agent");
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "..", "", " ", "\t"})
  void idsThatAreNoSegmentCannotBeConstructed(String id) {
    assertThrows(IllegalArgumentException.class, () -> ConversationId.of(id));
    assertEquals(0, server.requestCount());
  }
}
