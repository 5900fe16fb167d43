package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.ConversationId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointTest {

  @Test
  void regionsAreTheSpecsServersPlusSingapore() {
    assertEquals(
        java.util.List.of(
            "https://api.elevenlabs.io",
            "https://api.us.elevenlabs.io",
            "https://api.eu.residency.elevenlabs.io",
            "https://api.in.residency.elevenlabs.io",
            "https://api.sg.residency.elevenlabs.io"),
        Arrays.stream(Region.values()).map(r -> r.baseUrl().toString()).toList());
  }

  @ParameterizedTest
  @EnumSource(Region.class)
  void regionsParseToTlsOnPort443(Region region) {
    Endpoint e = Endpoint.parse(region.baseUrl().toString(), false);
    assertTrue(e.tls());
    assertEquals(443, e.port());
    assertEquals(region.baseUrl().getHost(), e.host());
    assertEquals("/v1/convai/conversations/c/analysis/run", e.runAnalysisPath(ConversationId.of("c")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://example.com", "http://10.0.0.5:8080", "http://api.elevenlabs.io", "HTTP://Example.com/x", "http://127.example.com"})
  void plainHttpToNonLoopbackIsRefused(String url) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Endpoint.parse(url, false));
    assertTrue(e.getMessage().contains("allowInsecureHttp"), e.getMessage());
    assertFalse(Endpoint.parse(url, true).tls(), "allowed when asked for");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080", "http://localhost", "http://LOCALHOST:1", "http://127.1.2.3", "http://[::1]:9000", "http://api.localhost"})
  void plainHttpToLoopbackIsAccepted(String url) {
    Endpoint e = Endpoint.parse(url, false);
    assertFalse(e.tls());
  }

  @Test
  void ipv6LiteralLosesItsBrackets() {
    Endpoint e = Endpoint.parse("http://[::1]:9000/p", false);
    assertEquals("::1", e.host());
    assertEquals(9000, e.port());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.com", "example.com", "/relative", "https://", "https://user:pw@example.com", "https://example.com/?q=1", "https://example.com/#f", "https://exa mple.com"})
  void unusableBaseUrlsAreRefused(String url) {
    assertThrows(IllegalArgumentException.class, () -> Endpoint.parse(url, true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://api.elevenlabs.io/v1", "https://api.elevenlabs.io/v1/", "http://127.0.0.1:8080/proxy/V1"})
  void aBaseUrlEndingInV1IsRefusedSayingWhy(String url) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Endpoint.parse(url, true));
    assertTrue(e.getMessage().contains("/v1/v1/"), e.getMessage());
    assertTrue(e.getMessage().contains("without /v1"), e.getMessage());
  }

  @Test
  void aPathThatOnlyContainsV1IsAPrefixLikeAnyOther() {
    Endpoint e = Endpoint.parse("https://proxy.example/v1x/v10", false);
    assertEquals("/v1x/v10/v1/convai/conversations/c/analysis/run", e.runAnalysisPath(ConversationId.of("c")));
  }

  @Test
  void userInfoIsRefusedWithoutEchoingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Endpoint.parse("https://me:secret@example.com", false));
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
  }

  @Test
  void pathPrefixKeepsItsEncodingAndDropsTrailingSlashes() {
    Endpoint e = Endpoint.parse("https://proxy.example:8443/a%20b/eleven//", false);
    assertEquals(8443, e.port());
    assertEquals("/a%20b/eleven/v1/convai/conversations/x%2Fy/analysis/run", e.runAnalysisPath(ConversationId.of("x/y")));
  }

  @Test
  void segmentEncodingIsUtf8PercentEncodingOfAllButUnreserved() {
    assertEquals("AZaz09-._~", Endpoint.encodeSegment("AZaz09-._~"));
    assertEquals("%2F%3F%23%25%20%5B%5D%21%24%26%27%28%29%2A%2B%2C%3B%3D%3A%40", Endpoint.encodeSegment("/?#% []!$&'()*+,;=:@"));
    assertEquals("%F0%9F%90%A2", Endpoint.encodeSegment("🐢"));
    assertEquals("%C3%A9", Endpoint.encodeSegment("é"));
  }
}
