package dev.convai.adapter.http;

import static dev.convai.adapter.http.TestServer.Reply.closeConnection;
import static dev.convai.adapter.http.TestServer.Reply.stallAfterHeaders;
import static dev.convai.adapter.http.TestServer.Reply.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.FailureKind;
import dev.convai.port.InvalidRequestException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/**
 * A canary key, echoed back by a hostile server in every place it can put it, must not appear in
 * anything the adapter logs (java.util.logging, where System.Logger and Vert.x log by default),
 * prints, throws or shows.
 */
class ApiKeyConfidentialityTest {

  private static final String KEY = "sk_canary_" + UUID.randomUUID().toString().replace("-", "");

  @Test
  void canaryKeyNeverLeaks() throws Exception {
    List<String> seen = new ArrayList<>();
    Set<FailureKind> kinds = EnumSet.noneOf(FailureKind.class);
    LogCapture logs = LogCapture.start();
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream out = System.out;
    PrintStream err = System.err;
    PrintStream tee = new PrintStream(console, true, StandardCharsets.UTF_8);
    System.setOut(tee);
    System.setErr(tee);
    try (TestServer server = TestServer.start()) {
      String echo = "{\"detail\":{\"status\":\"invalid_api_key\",\"message\":\"Invalid API key: " + KEY + "\"}}";
      server.reply(
          status(401, echo),
          status(403, echo),
          status(404, Map.of("X-Echo", KEY, "X-Request-Id", "req_" + KEY, "Set-Cookie", "s=" + KEY), echo),
          status(422, "{\"detail\":[{\"loc\":[\"header\",\"" + KEY + "\"],\"msg\":\"bad key " + KEY + "\",\"type\":\"value_error\",\"input\":\"" + KEY + "\"}]}"),
          status(400, "{\"detail\":\"" + KEY + "\"}"),
          status(409, echo), status(409, echo), status(409, echo),
          status(429, Map.of("Retry-After", "0"), echo), status(429, echo), status(429, echo),
          status(503, echo), status(503, echo), status(503, echo),
          status(418, KEY),
          // Parsers quote the token they reject: here the key is that token.
          status(200, KEY + " is not json"),
          status(200, KEY.repeat(100)),
          closeConnection(), closeConnection(), closeConnection(),
          stallAfterHeaders(200, 10_000, "{\"x\":\"" + KEY));
      HttpConversationAnalysisAdapter.Builder builder =
          HttpConversationAnalysisAdapter.builder()
              .apiKey(KEY)
              .baseUrl(server.baseUrl())
              .requestTimeout(Duration.ofSeconds(5))
              .maxResponseBytes(1000)
              .backoff(Duration.ofMillis(1), Duration.ofMillis(2));
      seen.add(builder.toString());
      try (HttpConversationAnalysisAdapter adapter = builder.build()) {
        seen.add(adapter.toString());
        seen.add(String.valueOf(adapter));
        for (int i = 0; i < 13; i++) {
          // The last reply stalls: a short deadline for that call only keeps the test quick.
          AnalysisOptions options = i == 12 ? AnalysisOptions.defaults().withTimeout(Duration.ofMillis(300)) : AnalysisOptions.defaults();
          ConversationAnalysisException e = Outcomes.failure(adapter.runAnalysis(ConversationId.of("conv_" + i), options));
          kinds.add(e.kind());
          seen.add(everything(e));
          if (e instanceof InvalidRequestException) {
            seen.add(((InvalidRequestException) e).violations().toString());
          }
        }
        HttpConversationAnalysisAdapter closedOne = builder.build();
        closedOne.close();
        ConversationAnalysisException closed = Outcomes.failure(closedOne.runAnalysis(ConversationId.of("conv_after_close")));
        kinds.add(closed.kind());
        seen.add(everything(closed));
        assertEquals(21, server.requestCount());
        assertTrue(server.requests().stream().allMatch(r -> KEY.equals(r.header("xi-api-key"))), "the key was sent");
      }
    } finally {
      System.setOut(out);
      System.setErr(err);
      logs.stop();
    }
    seen.add(logs.text());
    seen.add(console.toString(StandardCharsets.UTF_8));

    assertEquals(EnumSet.allOf(FailureKind.class), kinds, "every failure kind was produced");
    assertTrue(logs.text().contains("Retrying analysis of conversation"), "the log capture works:\n" + logs.text());
    assertTrue(String.join("\n", seen).contains(Failures.REDACTED), "the echoed key was found and redacted");
    for (String text : seen) {
      // The report masks the canary too: test output is one of the places it must not reach.
      assertFalse(text.contains(KEY), () -> "The key leaked into:\n" + text.replace(KEY, "<CANARY>"));
    }
  }

  @Test
  void refusedKeysAreNotEchoed() {
    String bad = "sk_bad key\nwith-newline";
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> HttpConversationAnalysisAdapter.builder().apiKey(bad).baseUrl("http://127.0.0.1:1").build());
    assertFalse(e.getMessage().contains("sk_bad"), e.getMessage());
  }

  /** Message, toString, stack trace and the whole cause chain, excerpt and details of a failure. */
  private static String everything(ConversationAnalysisException e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    StringBuilder all = new StringBuilder(trace.toString()).append('\n').append(e).append('\n').append(e.details());
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append('\n').append(t.getMessage());
    }
    e.bodyExcerpt().ifPresent(b -> all.append('\n').append(b));
    return all.toString();
  }

  /** Everything logged through java.util.logging at any level while it runs. */
  static final class LogCapture extends Handler {
    private final StringBuffer text = new StringBuffer();
    private final Logger root = Logger.getLogger("");
    private final Level previous = root.getLevel();
    private final SimpleFormatter formatter = new SimpleFormatter();

    static LogCapture start() {
      LogCapture capture = new LogCapture();
      capture.setLevel(Level.ALL);
      capture.root.addHandler(capture);
      capture.root.setLevel(Level.ALL);
      return capture;
    }

    @Override
    public void publish(LogRecord record) {
      text.append(formatter.format(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    void stop() {
      root.removeHandler(this);
      root.setLevel(previous);
    }

    String text() {
      return text.toString();
    }
  }
}
