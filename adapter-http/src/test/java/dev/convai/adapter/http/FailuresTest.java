package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.FailureDetails;
import dev.convai.port.MalformedResponseException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FailuresTest {

  private static final String KEY = "sk_unit_canary_0123456789";
  private final Failures failures = new Failures(KEY);
  private final ConversationId id = ConversationId.of("conv_f");

  @Test
  void decoderFailureQuotingTheKeyIsRebuiltRedacted() {
    IllegalStateException parser = new IllegalStateException("Unrecognized token '" + KEY + "'", new RuntimeException("at " + KEY));
    MalformedResponseException fromDecoder =
        new MalformedResponseException(
            "Bad token " + KEY, FailureDetails.of(id).withStatus(200), Optional.of("$.x"), parser);

    ConversationAnalysisException scrubbed = failures.scrub(fromDecoder);

    StringWriter trace = new StringWriter();
    scrubbed.printStackTrace(new PrintWriter(trace));
    assertFalse(trace.toString().contains(KEY), trace.toString());
    assertTrue(trace.toString().contains("java.lang.IllegalStateException: Unrecognized token '[REDACTED]'"));
    assertEquals(Optional.of("$.x"), ((MalformedResponseException) scrubbed).jsonPath());
    assertEquals(OptionalInt.of(200), scrubbed.status());
  }

  @Test
  void cleanFailuresAreLeftAlone() {
    MalformedResponseException clean =
        new MalformedResponseException("Bad token", FailureDetails.of(id), Optional.empty(), new RuntimeException("x"));
    assertSame(clean, failures.scrub(clean));
  }

  @Test
  void excerptIsUtf8AndDropsACharacterCutAtTheBoundary() {
    // 2047 ASCII bytes then a 2-byte character: the cut falls inside it.
    byte[] body = ("x".repeat(2047) + "żółw").getBytes(StandardCharsets.UTF_8);
    String head = Failures.utf8Head(body);
    assertEquals("x".repeat(2047), head);
    assertEquals("żółw", Failures.utf8Head("żółw".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void excerptIsBoundedAndRedacted() {
    FailureDetails d = failures.details(Failures.Target.analysis(id), OptionalInt.of(500), 2, ("token=" + KEY + " " + "y".repeat(5000)).getBytes(StandardCharsets.UTF_8));
    String excerpt = d.bodyExcerpt().orElseThrow();
    assertTrue(excerpt.startsWith("token=[REDACTED] yyy"), excerpt);
    assertTrue(excerpt.length() <= FailureDetails.MAX_EXCERPT + 1, "bounded: " + excerpt.length());
  }

  @Test
  void humanDurations() {
    assertEquals("300 ms", Failures.human(java.time.Duration.ofMillis(300)));
    assertEquals("240 s", Failures.human(java.time.Duration.ofSeconds(240)));
    assertEquals("1.5 s", Failures.human(java.time.Duration.ofMillis(1500)));
  }
}
