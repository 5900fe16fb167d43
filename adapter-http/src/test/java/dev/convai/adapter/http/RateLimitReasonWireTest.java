package dev.convai.adapter.http;

import static dev.convai.adapter.http.TestServer.Reply.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.RateLimitReason;
import dev.convai.port.RateLimitedException;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which limit a 429 was about, read from the API's error body, and the one option under which the
 * adapter hands a concurrency refusal back at once instead of retrying it.
 */
class RateLimitReasonWireTest {

  private static final ConversationId ID = ConversationId.of("conv_limit");

  /** The body the API sends when the account has too many requests in flight (older wording). */
  static final String TOO_MANY_CONCURRENT =
      "{\"detail\":{\"status\":\"too_many_concurrent_requests\",\"message\":\"Too many concurrent requests."
          + " Your current subscription is associated with a maximum of 3 concurrent requests.\"}}";

  private static Vertx clientVertx;
  private TestServer server;
  private HttpConversationAnalysisAdapter adapter;

  @BeforeAll
  static void startVertx() {
    clientVertx = Vertx.vertx();
  }

  @AfterAll
  static void stopVertx() throws Exception {
    clientVertx.close().await(10, TimeUnit.SECONDS);
  }

  @BeforeEach
  void start() {
    server = TestServer.start();
    adapter =
        HttpConversationAnalysisAdapter.builder()
            .apiKey("sk_test_rate_limits")
            .baseUrl(server.baseUrl())
            .vertx(clientVertx)
            .backoff(Duration.ofMillis(1), Duration.ofMillis(4))
            .build();
  }

  @AfterEach
  void stop() {
    adapter.close();
    server.close();
  }

  private RateLimitedException refused(AnalysisOptions options) {
    return Outcomes.failure(adapter.runAnalysis(ID, options), RateLimitedException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "too_many_concurrent_requests, CONCURRENCY",
    "concurrent_limit_exceeded, CONCURRENCY",
    "rate_limit_exceeded, REQUEST_RATE",
    "system_busy, SERVER_BUSY",
    "something_new, UNSPECIFIED"
  })
  void theReasonComesFromTheCodeInTheBody(String code, RateLimitReason reason) {
    server.fallback(status(429, "{\"detail\":{\"status\":\"" + code + "\",\"message\":\"Refused.\"}}"));
    RateLimitedException e = refused(AnalysisOptions.defaults().withoutRetries());
    assertEquals(reason, e.reason());
    assertEquals(reason == RateLimitReason.CONCURRENCY, e.isConcurrencyLimit());
  }

  @Test
  void theNewerErrorShapeWithACodeIsReadToo() {
    server.fallback(
        status(
            429,
            "{\"detail\":{\"type\":\"rate_limit_error\",\"code\":\"concurrent_limit_exceeded\","
                + "\"message\":\"Too many concurrent requests.\",\"request_id\":\"req_1\"}}"));
    assertTrue(refused(AnalysisOptions.defaults().withoutRetries()).isConcurrencyLimit());
  }

  @Test
  void aBodyWithoutACodeSaysNothingAboutTheLimit() {
    server.fallback(status(429, "{\"detail\":\"slow down\"}"));
    assertEquals(RateLimitReason.UNSPECIFIED, refused(AnalysisOptions.defaults().withoutRetries()).reason());
  }

  @Test
  void byDefaultAConcurrencyRefusalIsRetriedLikeAny429() {
    server.fallback(status(429, TOO_MANY_CONCURRENT));
    RateLimitedException e = refused(AnalysisOptions.defaults());
    assertEquals(3, server.requests().size());
    assertEquals(3, e.attempts());
  }

  @Test
  void withoutConcurrencyLimitRetriesItIsHandedBackAfterOneRequest() {
    server.fallback(status(429, TOO_MANY_CONCURRENT));
    RateLimitedException e = refused(AnalysisOptions.defaults().withoutConcurrencyLimitRetries());
    assertEquals(1, server.requests().size());
    assertEquals(1, e.attempts());
    assertTrue(e.isConcurrencyLimit());
    assertFalse(e.retryAfter().isPresent());
  }

  @Test
  void withoutConcurrencyLimitRetriesOther429sAreStillRetried() {
    server.fallback(status(429, "{\"detail\":{\"status\":\"system_busy\",\"message\":\"Busy.\"}}"));
    RateLimitedException e = refused(AnalysisOptions.defaults().withoutConcurrencyLimitRetries());
    assertEquals(3, server.requests().size());
    assertEquals(RateLimitReason.SERVER_BUSY, e.reason());
  }

  @Test
  void withoutConcurrencyLimitRetriesARefusalWithARetryHintIsStillHonoured() {
    server.fallback(status(429, Map.of("Retry-After", "0"), TOO_MANY_CONCURRENT));
    RateLimitedException e = refused(AnalysisOptions.defaults().withoutConcurrencyLimitRetries());
    assertEquals(3, server.requests().size());
    assertEquals(Duration.ZERO, e.retryAfter().orElseThrow());
  }
}
