package dev.convai.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.ConversationId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which failures an adapter may retry under which options. */
class AnalysisOptionsTest {

  private static final ConversationId ID = ConversationId.of("conv_options");
  private static final FailureDetails DETAILS = FailureDetails.of(ID).withStatus(429);

  private static RateLimitedException limited(RateLimitReason reason, Duration retryAfter) {
    return new RateLimitedException("Rate limited", DETAILS, Optional.ofNullable(retryAfter), reason, null);
  }

  private static final ServerErrorException SERVER_ERROR =
      new ServerErrorException("Server error", FailureDetails.of(ID).withStatus(503), null);

  @Test
  void byDefaultEveryRetryableFailureMayBeRetried() {
    AnalysisOptions options = AnalysisOptions.defaults();
    assertTrue(options.concurrencyLimitRetries());
    assertTrue(options.mayRetry(limited(RateLimitReason.CONCURRENCY, null)));
    assertTrue(options.mayRetry(SERVER_ERROR));
  }

  @Test
  void withoutRetriesNothingMay() {
    AnalysisOptions options = AnalysisOptions.defaults().withoutRetries();
    assertFalse(options.mayRetry(SERVER_ERROR));
    assertFalse(options.mayRetry(limited(RateLimitReason.SERVER_BUSY, Duration.ofSeconds(1))));
  }

  @Test
  void withoutConcurrencyLimitRetriesOnlyAnUnhintedConcurrencyRefusalIsHandedBack() {
    AnalysisOptions options = AnalysisOptions.defaults().withoutConcurrencyLimitRetries();
    assertFalse(options.mayRetry(limited(RateLimitReason.CONCURRENCY, null)));
    assertTrue(options.mayRetry(limited(RateLimitReason.CONCURRENCY, Duration.ofMillis(500))));
    assertTrue(options.mayRetry(limited(RateLimitReason.SERVER_BUSY, null)));
    assertTrue(options.mayRetry(limited(RateLimitReason.UNSPECIFIED, null)));
    assertTrue(options.mayRetry(SERVER_ERROR));
  }

  @Test
  void theSwitchSurvivesTheOtherWithers() {
    AnalysisOptions options =
        AnalysisOptions.defaults().withoutConcurrencyLimitRetries().withTimeout(Duration.ofSeconds(5));
    assertFalse(options.concurrencyLimitRetries());
    assertEquals(Optional.of(Duration.ofSeconds(5)), options.timeout());
    assertFalse(options.withoutRetries().concurrencyLimitRetries());
    assertEquals(AnalysisOptions.defaults(), new AnalysisOptions(true, Optional.empty()));
  }

  @Test
  void anExceptionWithoutAReasonIsUnspecified() {
    RateLimitedException old = new RateLimitedException("Rate limited", DETAILS, Optional.empty(), null);
    assertEquals(RateLimitReason.UNSPECIFIED, old.reason());
    assertFalse(old.isConcurrencyLimit());
  }
}
