package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Proxy URLs and the proxy variables read as curl reads them. */
class ProxySettingsTest {

  @Test
  void aProxyUrlGivesTypeHostPortAndDecodedCredentials() {
    ProxyOptions options = ProxySettings.parse("http://us%40r:p%3Ass@proxy.corp:3128", "").toProxyOptions();

    assertEquals(ProxyType.HTTP, options.getType());
    assertEquals("proxy.corp", options.getHost());
    assertEquals(3128, options.getPort());
    assertEquals("us@r", options.getUsername());
    assertEquals("p:ss", options.getPassword());
  }

  @Test
  void withoutSchemeOrPortItIsHttpOn1080AsInCurl() {
    ProxyOptions options = ProxySettings.parse("proxy.corp", "").toProxyOptions();
    assertEquals(ProxyType.HTTP, options.getType());
    assertEquals(1080, options.getPort());
  }

  @Test
  void socks5IsSupportedAndOtherSchemesAreRefused() {
    assertEquals(ProxyType.SOCKS5, ProxySettings.parse("socks5://127.0.0.1:9050", "").toProxyOptions().getType());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProxySettings.parse("https://u:hunter2@proxy:443", ""));
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> ProxySettings.parse("http://u:hunter2@proxy:3128/path", ""));
    assertFalse(bad.getMessage().contains("hunter2"), bad.getMessage());
    IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class, () -> ProxySettings.parse("http://u:hunter2@pro xy:3128", ""));
    assertFalse(invalid.getMessage().contains("hunter2"), invalid.getMessage());
  }

  @Test
  void toStringNeverShowsTheCredentials() {
    String text = ProxySettings.parse("http://alice:hunter2@proxy.corp:3128", "").toString();
    assertEquals("http://proxy.corp:3128 (with credentials)", text);
  }

  @Test
  void httpsBaseUrlsReadHttpsProxyLowerCaseFirst() {
    Map<String, String> env = Map.of("https_proxy", "http://lower:1", "HTTPS_PROXY", "http://upper:2", "HTTP_PROXY", "http://plain:3");
    assertEquals("lower", ProxySettings.fromEnvironment(env::get, true).orElseThrow().toProxyOptions().getHost());
    assertEquals("upper", ProxySettings.fromEnvironment(Map.of("HTTPS_PROXY", "http://upper:2", "HTTP_PROXY", "http://plain:3")::get, true).orElseThrow().toProxyOptions().getHost());
    assertEquals("plain", ProxySettings.fromEnvironment(env::get, false).orElseThrow().toProxyOptions().getHost());
  }

  @Test
  void allProxyIsTheFallbackAndNothingSetMeansNoProxy() {
    assertEquals("any", ProxySettings.fromEnvironment(Map.of("ALL_PROXY", "http://any:1")::get, true).orElseThrow().toProxyOptions().getHost());
    assertEquals(Optional.empty(), ProxySettings.fromEnvironment(Map.<String, String>of()::get, true));
    assertEquals(Optional.empty(), ProxySettings.fromEnvironment(Map.of("HTTPS_PROXY", "  ")::get, true));
  }

  @Test
  void noProxyMatchesHostsAndTheirSubdomainsAsCurlDoes() {
    ProxySettings proxy = ProxySettings.parse("http://p:1", "localhost, .internal.corp,example.com:8443 [::1]");
    assertTrue(proxy.bypasses("localhost"));
    assertTrue(proxy.bypasses("api.internal.corp"));
    assertTrue(proxy.bypasses("internal.corp"));
    assertTrue(proxy.bypasses("EXAMPLE.com"));
    assertTrue(proxy.bypasses("api.example.com"));
    assertTrue(proxy.bypasses("::1"));
    assertFalse(proxy.bypasses("badexample.com"), "a suffix that is not a whole label does not match");
    assertFalse(proxy.bypasses("api.elevenlabs.io"));
    assertTrue(ProxySettings.parse("http://p:1", "*").bypasses("api.elevenlabs.io"));
    Map<String, String> env = Map.of("HTTPS_PROXY", "http://p:1", "no_proxy", "elevenlabs.io", "NO_PROXY", "other.org");
    assertTrue(ProxySettings.fromEnvironment(env::get, true).orElseThrow().bypasses("api.elevenlabs.io"), "lower case first");
  }
}
