package dev.convai.adapter.http.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.json.JsonValue;
import dev.convai.port.MalformedResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {

  private static final String SECRET = "wsec_canary_5e1f0d9b7c";
  private static final long SIGNED_AT = 1_739_537_400L;
  private static final Clock AT_DELIVERY = Clock.fixed(Instant.ofEpochSecond(SIGNED_AT + 5), ZoneOffset.UTC);
  private static final WebhookVerifier VERIFIER = WebhookVerifier.withSecret(SECRET).withClock(AT_DELIVERY);

  private static byte[] transcriptionDelivery() throws IOException {
    try (InputStream in = WebhookVerifierTest.class.getResourceAsStream(
        "/fixtures/real/docs-post-call-webhook-transcription-data.json")) {
      String data = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Pretty-printed on purpose: the signature covers these exact bytes, not a re-serialisation.
      return ("{\n  \"type\": \"post_call_transcription\",\n  \"event_timestamp\": 1739537297,\n  \"data\": "
          + data + "}\n").getBytes(StandardCharsets.UTF_8);
    }
  }

  static String header(long timestamp, byte[] body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return "t=" + timestamp + ",v0=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void anAuthenticTranscriptionDeliveryDecodesToItsConversation() throws IOException {
    byte[] body = transcriptionDelivery();

    WebhookEvent event = VERIFIER.verify(body, header(SIGNED_AT, body, SECRET));

    assertEquals(WebhookEvent.POST_CALL_TRANSCRIPTION, event.type());
    assertEquals(Instant.ofEpochSecond(1739537297), event.eventTime().orElseThrow());
    assertEquals("abc", event.conversation().orElseThrow().conversationId().value());
  }

  @Test
  void oneChangedByteIsRefused() throws IOException {
    byte[] body = transcriptionDelivery();
    String header = header(SIGNED_AT, body, SECRET);
    body[body.length - 3] ^= 1;

    assertThrows(WebhookVerificationException.class, () -> VERIFIER.verify(body, header));
  }

  @Test
  void aSignatureWithAnotherSecretIsRefused() throws IOException {
    byte[] body = transcriptionDelivery();
    assertThrows(WebhookVerificationException.class,
        () -> VERIFIER.verify(body, header(SIGNED_AT, body, "another secret")));
  }

  @Test
  void oldAndFutureTimestampsBeyondTheToleranceAreRefused() throws IOException {
    byte[] body = transcriptionDelivery();
    long tooOld = SIGNED_AT - Duration.ofMinutes(31).toSeconds();
    long tooNew = SIGNED_AT + Duration.ofMinutes(31).toSeconds();

    assertThrows(WebhookVerificationException.class, () -> VERIFIER.verify(body, header(tooOld, body, SECRET)));
    assertThrows(WebhookVerificationException.class, () -> VERIFIER.verify(body, header(tooNew, body, SECRET)));
    VERIFIER.withTolerance(Duration.ofHours(1)).verify(body, header(tooOld, body, SECRET));
  }

  @Test
  void anyOfSeveralSignaturesMayMatchSoSecretsCanRotate() throws IOException {
    byte[] body = transcriptionDelivery();
    String stale = header(SIGNED_AT, body, "previous secret").replace("t=" + SIGNED_AT + ",", "");
    String current = header(SIGNED_AT, body, SECRET);

    VERIFIER.verify(body, current + "," + stale);
    VERIFIER.verify(body, "t=" + SIGNED_AT + "," + stale + ",v0=zz," + current.substring(current.indexOf("v0=")));
  }

  @Test
  void malformedHeadersAreRefusedWithAReason() throws IOException {
    byte[] body = transcriptionDelivery();
    for (String header : new String[] {null, "", "v0=abcd", "t=" + SIGNED_AT, "t=soon,v0=abcd", "t=1,v1=abcd"}) {
      WebhookVerificationException e =
          assertThrows(WebhookVerificationException.class, () -> VERIFIER.verify(body, header), String.valueOf(header));
      assertFalse(e.getMessage().isBlank());
    }
  }

  @Test
  void theSecretAppearsInNoMessageAndNoString() throws IOException {
    byte[] body = transcriptionDelivery();
    List<String> seen = new java.util.ArrayList<>();
    seen.add(VERIFIER.toString());
    for (String header : new String[] {null, "t=1,v0=00", header(SIGNED_AT, body, "x"), header(1, body, SECRET)}) {
      try {
        VERIFIER.verify(body, header);
      } catch (RuntimeException e) {
        seen.add(e.toString());
      }
    }
    assertEquals(5, seen.size());
    seen.forEach(text -> assertFalse(text.contains(SECRET), text));
  }

  @Test
  void otherDeliveryTypesKeepTheirDataAsReceived() {
    byte[] body = "{\"type\":\"post_call_audio\",\"event_timestamp\":1739537297,\"data\":{\"conversation_id\":\"abc\",\"full_audio\":\"UklGRg==\"}}"
        .getBytes(StandardCharsets.UTF_8);

    WebhookEvent event = VERIFIER.verify(body, header(SIGNED_AT, body, SECRET));

    assertEquals("post_call_audio", event.type());
    assertTrue(event.conversation().isEmpty());
    assertEquals(JsonValue.of("UklGRg=="), ((JsonValue.JsonObject) event.data()).get("full_audio").orElseThrow());
  }

  @Test
  void anAuthenticBodyThatIsNotADeliveryIsMalformedNotUnverified() {
    byte[] body = "[1, 2, 3]".getBytes(StandardCharsets.UTF_8);
    assertThrows(MalformedResponseException.class, () -> VERIFIER.verify(body, header(SIGNED_AT, body, SECRET)));
  }
}
