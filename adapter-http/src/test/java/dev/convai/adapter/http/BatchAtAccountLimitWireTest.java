package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.batch.BatchAnalysisService;
import dev.convai.batch.BatchReport;
import dev.convai.batch.ConcurrencySummary;
import dev.convai.conversation.ConversationId;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The batch through this adapter against a server that, like an account with a concurrency limit,
 * refuses every request beyond two in flight with the API's concurrency 429: the adapter hands
 * each refusal back at once and the batch keeps to the limit, so every id is analysed.
 */
class BatchAtAccountLimitWireTest {

  private static final int ACCOUNT_LIMIT = 2;
  private static final Duration LATENCY = Duration.ofMillis(40);
  private static final String REFUSAL =
      "{\"detail\":{\"status\":\"too_many_concurrent_requests\",\"message\":\"Too many concurrent requests.\"}}";

  @Test
  void everyIdIsAnalysedAtTheAccountsLimitAndNoRefusalIsRetriedByTheAdapter() throws Exception {
    String template = new String(Fixtures.real("elevenlabs-js-wire-analysis-run-response.json"), StandardCharsets.UTF_8);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();
    AtomicInteger refusals = new AtomicInteger();
    try (TestServer server = TestServer.start()) {
      server.fallback(
          (request, test) -> {
            int now = inFlight.incrementAndGet();
            if (now > ACCOUNT_LIMIT) {
              inFlight.decrementAndGet();
              refusals.incrementAndGet();
              request.response().setStatusCode(429).putHeader("Content-Type", "application/json").end(REFUSAL);
              return;
            }
            mostInFlight.accumulateAndGet(now, Math::max);
            String path = request.path();
            String id = path.split("/")[4];
            test.vertx.setTimer(
                LATENCY.toMillis(),
                timer -> {
                  inFlight.decrementAndGet();
                  request
                      .response()
                      .putHeader("Content-Type", "application/json")
                      .end(Buffer.buffer(template.replace("\"conversation_id\": \"conversation_id\"", "\"conversation_id\": \"" + id + "\"")));
                });
          });
      List<ConversationId> ids = IntStream.range(0, 40).mapToObj(i -> ConversationId.of("conv_limit_" + i)).toList();
      try (HttpConversationAnalysisAdapter adapter =
          HttpConversationAnalysisAdapter.builder()
              .apiKey("sk_batch_at_limit")
              .baseUrl(server.baseUrl())
              .maxConcurrentRequests(BatchAnalysisService.DEFAULT_CONCURRENCY)
              .build()) {
        BatchReport report =
            BatchAnalysisService.builder(adapter)
                .build()
                .run(ids, outcome -> {})
                .toCompletableFuture()
                .get(60, TimeUnit.SECONDS);

        assertEquals(ids.size(), report.succeeded(), () -> report.failures().toString());
        assertEquals(ACCOUNT_LIMIT, mostInFlight.get());
        ConcurrencySummary concurrency = report.concurrency().orElseThrow();
        // Every refusal the server sent reached the batch: the adapter retried none of them.
        assertEquals(refusals.get(), concurrency.concurrencyRejections());
        assertEquals(ids.size() + refusals.get(), server.requests().size());
        assertTrue(refusals.get() <= 6, refusals.get() + " refusals for " + ids.size() + " ids");
        assertTrue(concurrency.finalLimit() <= ACCOUNT_LIMIT + 1, concurrency.toString());
      }
    }
  }
}
