package dev.convai.observe.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.convai.adapter.http.HttpConversationAnalysisAdapter;
import dev.convai.conversation.ConversationId;
import dev.convai.observe.testing.ScriptedServer;
import dev.convai.port.ConversationNotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The README's logging recipe, working: with {@code slf4j-jdk-platform-logging} and Logback on the
 * class path (this module's test class path) and no other setting, the adapter's {@link
 * System.Logger} records arrive in Logback under the adapter's class name with their level, and
 * none carries the API key.
 */
class RoutedLoggingTest {

  private static final String API_KEY = "sk_routed_logging_4f9c2e7a";
  private static final String ADAPTER_LOGGER = HttpConversationAnalysisAdapter.class.getName();

  private final ListAppender<ILoggingEvent> records = new ListAppender<>();
  private Logger library;

  @BeforeEach
  void route() {
    library = (Logger) LoggerFactory.getLogger("dev.convai");
    records.start();
    library.addAppender(records);
  }

  @AfterEach
  void unroute() {
    library.detachAppender(records);
  }

  @Test
  void theJdkPlatformLoggerIsSlf4jsBridge() {
    System.Logger logger = System.getLogger(ADAPTER_LOGGER);
    assertTrue(logger.getClass().getName().startsWith("org.slf4j.jdk.platform.logging."), logger.getClass().getName());
    assertTrue(logger.isLoggable(System.Logger.Level.TRACE), "Logback's level for dev.convai is TRACE");
  }

  @Test
  void adapterRecordsArriveInLogbackWithTheirLevelAndWithoutTheKey() {
    // First request: 503 (retried, logged at DEBUG); second: 404 (the call's failure).
    try (ScriptedServer server = ScriptedServer.start()
            .then(ScriptedServer.Reply.json(503, "{\"detail\":\"try again\"}"))
            .then(ScriptedServer.Reply.json(404, "{\"detail\":\"no such conversation\"}"));
        var analysis = HttpConversationAnalysisAdapter.builder()
            .apiKey(API_KEY)
            .baseUrl(server.baseUrl())
            .maxRetries(1)
            .backoff(Duration.ofMillis(10), Duration.ofMillis(20))
            .build()) {
      CompletionException thrown = assertThrows(CompletionException.class,
          () -> analysis.runAnalysis(ConversationId.of("conv_routed_1")).toCompletableFuture().join());
      assertInstanceOf(ConversationNotFoundException.class, thrown.getCause());
      // The key was sent on both requests, so it could have leaked (compared, never printed).
      assertEquals(List.of(true, true), server.apiKeys().stream().map(API_KEY::equals).collect(Collectors.toList()));
    }

    List<ILoggingEvent> fromAdapter = records.list.stream()
        .filter(event -> event.getLoggerName().equals(ADAPTER_LOGGER))
        .collect(Collectors.toList());
    List<String> retries = fromAdapter.stream()
        .filter(event -> event.getLevel() == Level.DEBUG)
        .map(ILoggingEvent::getFormattedMessage)
        .filter(message -> message.startsWith("Retrying"))
        .collect(Collectors.toList());
    assertEquals(1, retries.size(), () -> "one retry at DEBUG in " + describe(fromAdapter));
    assertTrue(retries.get(0).contains("conv_routed_1"), retries.get(0));
    assertTrue(fromAdapter.stream().anyMatch(event -> event.getLevel() == Level.TRACE),
        () -> "attempts at TRACE in " + describe(fromAdapter));

    for (ILoggingEvent event : records.list) {
      assertNoKey(event.getFormattedMessage());
      assertNoKey(event.getMessage());
      for (Object argument : event.getArgumentArray() == null ? new Object[0] : event.getArgumentArray()) {
        assertNoKey(argument);
      }
      for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
        assertNoKey(thrown.getMessage());
      }
    }
  }

  @Test
  void aThrowingListenerArrivesAsAWarning() {
    try (ScriptedServer server = ScriptedServer.start()
            .then(ScriptedServer.Reply.json(404, "{\"detail\":\"no such conversation\"}"));
        var analysis = HttpConversationAnalysisAdapter.builder()
            .apiKey(API_KEY)
            .baseUrl(server.baseUrl())
            .listener(call -> {
              throw new IllegalStateException("listener broke");
            })
            .build()) {
      CompletionException thrown = assertThrows(CompletionException.class,
          () -> analysis.runAnalysis(ConversationId.of("conv_routed_2")).toCompletableFuture().join());
      assertInstanceOf(ConversationNotFoundException.class, thrown.getCause(), "the outcome is the server's");
    }
    List<String> warnings = records.list.stream()
        .filter(event -> event.getLoggerName().equals(ADAPTER_LOGGER) && event.getLevel() == Level.WARN)
        .map(ILoggingEvent::getFormattedMessage)
        .collect(Collectors.toList());
    assertEquals(1, warnings.size(), warnings::toString);
    assertTrue(warnings.get(0).contains("listener broke"), warnings.get(0));
    assertNoKey(warnings.get(0));
  }

  /** Fails if the text holds the key, and says where without printing it. */
  private static void assertNoKey(Object text) {
    String value = String.valueOf(text);
    assertFalse(value.contains(API_KEY), () -> "the API key is in: " + value.replace(API_KEY, "<API key>"));
  }

  private static String describe(List<ILoggingEvent> events) {
    return events.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).collect(Collectors.joining("\n"));
  }
}
