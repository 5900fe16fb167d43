package dev.convai.observe.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.adapter.http.HttpConversationAnalysisAdapter;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.observe.testing.ScriptedServer;
import dev.convai.port.ConversationNotFoundException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The Micrometer listener on a real adapter, against a local server. */
class MicrometerAdapterTest {

  private static final String API_KEY = "sk_micrometer_e2e_91b3";
  private static final ConversationId ID = ConversationId.of("conv_micrometer_e2e_1");

  private final MeterRegistry registry = new SimpleMeterRegistry();

  @Test
  void aRetriedCallThroughTheAdapterIsMeasured() {
    try (ScriptedServer server = ScriptedServer.start()
            .then(ScriptedServer.Reply.json(503, "{\"detail\":\"busy\"}"))
            .then(ScriptedServer.Reply.analysisRun(ID.value()));
        var analysis = adapter(server)) {
      Conversation conversation = join(analysis, ID);
      assertEquals(ID, conversation.conversationId());
    }
    awaitTrue(() -> registry.find(MicrometerCallListener.CALLS).timer() != null);

    assertEquals(1, registry.get(MicrometerCallListener.CALLS)
        .tags("operation", "run_analysis", "region", "custom", "outcome", "success",
            "status.class", "2xx", "failure.kind", "none")
        .timer().count());
    assertEquals(1, registry.get(MicrometerCallListener.ATTEMPTS)
        .tags("outcome", "failure", "status.class", "5xx", "failure.kind", "server_error").timer().count());
    assertEquals(1, registry.get(MicrometerCallListener.ATTEMPTS)
        .tags("outcome", "success", "status.class", "2xx", "failure.kind", "none").timer().count());
    assertEquals(1.0, registry.get(MicrometerCallListener.RETRIES)
        .tags("failure.kind", "server_error", "server.hinted", "false").counter().count());
    assertEquals(0.0, registry.get(MicrometerCallListener.IN_FLIGHT).tag("operation", "run_analysis").gauge().value());
    assertNoTagCarries(ID.value());
    assertNoTagCarries(API_KEY);
  }

  @Test
  void aFailedCallThroughTheAdapterIsCountedByKind() {
    try (ScriptedServer server = ScriptedServer.start()
            .then(ScriptedServer.Reply.json(404, "{\"detail\":\"not found\"}"));
        var analysis = adapter(server)) {
      CompletionException thrown = assertThrows(CompletionException.class, () -> join(analysis, ID));
      assertInstanceOf(ConversationNotFoundException.class, thrown.getCause());
    }
    awaitTrue(() -> registry.find(MicrometerCallListener.FAILURES).counter() != null);

    assertEquals(1.0, registry.get(MicrometerCallListener.FAILURES)
        .tags("operation", "run_analysis", "failure.kind", "not_found").counter().count());
    assertEquals(1, registry.get(MicrometerCallListener.CALLS)
        .tags("outcome", "failure", "status.class", "4xx", "failure.kind", "not_found").timer().count());
    assertTrue(registry.find(MicrometerCallListener.RETRIES).counters().isEmpty(), "404 is not retried");
  }

  private HttpConversationAnalysisAdapter adapter(ScriptedServer server) {
    return HttpConversationAnalysisAdapter.builder()
        .apiKey(API_KEY)
        .baseUrl(server.baseUrl())
        .backoff(Duration.ofMillis(10), Duration.ofMillis(20))
        .listener(MicrometerCallListener.create(registry))
        .build();
  }

  private static Conversation join(HttpConversationAnalysisAdapter analysis, ConversationId id) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(30), () -> analysis.runAnalysis(id).toCompletableFuture().join());
  }

  private void assertNoTagCarries(String secret) {
    registry.getMeters().forEach(meter -> {
      for (Tag tag : meter.getId().getTags()) {
        assertTrue(!tag.getValue().contains(secret), () -> meter.getId().getName() + " tag " + tag.getKey());
      }
    });
  }

  /** The end of a call may be reported just after its future completes. */
  private static void awaitTrue(BooleanSupplier condition) {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      while (!condition.getAsBoolean()) {
        Thread.sleep(5);
      }
    });
  }
}
