package dev.convai.adapter.http.webhook;

import dev.convai.adapter.http.internal.WireCodec;
import dev.convai.conversation.Conversation;
import dev.convai.port.MalformedResponseException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies and decodes ElevenLabs webhook deliveries (post-call transcription, audio and
 * call-initiation failure webhooks).
 *
 * <p>The {@code ElevenLabs-Signature} header has the form {@code t=<epoch seconds>,v0=<hex>}, where
 * the hex is the HMAC-SHA256, keyed with the webhook secret, of {@code <t>.<raw body>}. This
 * verifier:
 *
 * <ul>
 *   <li>signs the raw bytes as received, never a re-serialised body, so verification does not
 *       depend on how a framework parsed the JSON;
 *   <li>compares in constant time;
 *   <li>refuses timestamps older <em>or newer</em> than the tolerance (30 minutes by default), so a
 *       captured delivery cannot be replayed later;
 *   <li>accepts any of several {@code v0} entries, so secrets can be rotated;
 *   <li>never puts the secret in a message, log or {@code toString()}.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.withSecret(System.getenv("ELEVENLABS_WEBHOOK_SECRET"));
 * WebhookEvent event = verifier.verify(rawBody, request.getHeader("ElevenLabs-Signature"));
 * event.conversation().ifPresent(conversation -> store(conversation.analysis()));
 * }</pre>
 */
public final class WebhookVerifier {

  /** The header that carries the signature. */
  public static final String SIGNATURE_HEADER = "ElevenLabs-Signature";

  /** How far the signed timestamp may be from now, by default. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(30);

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final Duration tolerance;
  private final Clock clock;

  private WebhookVerifier(SecretKeySpec key, Duration tolerance, Clock clock) {
    this.key = key;
    this.tolerance = tolerance;
    this.clock = clock;
  }

  /** A verifier for this webhook secret, with the default tolerance and the system clock. */
  public static WebhookVerifier withSecret(String secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.isEmpty()) {
      throw new IllegalArgumentException("The webhook secret must not be empty");
    }
    return new WebhookVerifier(
        new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM),
        DEFAULT_TOLERANCE,
        Clock.systemUTC());
  }

  /** The same verifier with another tolerance for the signed timestamp. */
  public WebhookVerifier withTolerance(Duration tolerance) {
    Objects.requireNonNull(tolerance, "tolerance");
    if (tolerance.isNegative()) {
      throw new IllegalArgumentException("tolerance must not be negative, was " + tolerance);
    }
    return new WebhookVerifier(key, tolerance, clock);
  }

  /** The same verifier reading the time from this clock (for tests). */
  public WebhookVerifier withClock(Clock clock) {
    return new WebhookVerifier(key, tolerance, Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Verifies a delivery and decodes it.
   *
   * @param rawBody the request body exactly as received
   * @param signatureHeader the value of the {@value #SIGNATURE_HEADER} header, or {@code null}
   * @return the event; for a transcription delivery, with its conversation decoded
   * @throws WebhookVerificationException if the delivery is not authentic or too old or new
   * @throws MalformedResponseException if it is authentic but its JSON is not a webhook delivery
   */
  public WebhookEvent verify(byte[] rawBody, String signatureHeader) {
    Objects.requireNonNull(rawBody, "rawBody");
    verifySignature(rawBody, signatureHeader);
    WireCodec.WebhookEnvelope envelope = WireCodec.decodeEnvelope(rawBody);
    Conversation conversation =
        WebhookEvent.POST_CALL_TRANSCRIPTION.equals(envelope.type())
            ? WireCodec.decodeConversation(envelope.data())
            : null;
    return new WebhookEvent(envelope.type(), envelope.eventTimestamp(), envelope.data(), conversation);
  }

  /** Verifies a delivery given as text (it is signed as UTF-8 bytes). */
  public WebhookEvent verify(String rawBody, String signatureHeader) {
    return verify(Objects.requireNonNull(rawBody, "rawBody").getBytes(StandardCharsets.UTF_8), signatureHeader);
  }

  /**
   * Checks the signature and timestamp only.
   *
   * @throws WebhookVerificationException if the delivery is not authentic or too old or new
   */
  public void verifySignature(byte[] rawBody, String signatureHeader) {
    if (signatureHeader == null || signatureHeader.isBlank()) {
      throw new WebhookVerificationException("Missing " + SIGNATURE_HEADER + " header");
    }
    String timestamp = null;
    List<byte[]> signatures = new ArrayList<>();
    for (String part : signatureHeader.split(",")) {
      String element = part.trim();
      if (element.startsWith("t=")) {
        timestamp = element.substring(2);
      } else if (element.startsWith("v0=")) {
        try {
          signatures.add(HexFormat.of().parseHex(element.substring(3)));
        } catch (IllegalArgumentException notHex) {
          // A malformed entry cannot match; others may.
        }
      }
    }
    if (timestamp == null || signatures.isEmpty()) {
      throw new WebhookVerificationException(
          SIGNATURE_HEADER + " has no timestamp or no v0 signature");
    }
    long signedAt;
    try {
      signedAt = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      throw new WebhookVerificationException(SIGNATURE_HEADER + " has a malformed timestamp");
    }
    long skew = Math.abs(Instant.now(clock).getEpochSecond() - signedAt);
    if (skew > tolerance.getSeconds()) {
      throw new WebhookVerificationException(
          "Webhook timestamp is " + skew + " s away from now, beyond the tolerance of "
              + tolerance.getSeconds() + " s");
    }
    byte[] expected = sign(timestamp, rawBody);
    for (byte[] signature : signatures) {
      if (MessageDigest.isEqual(expected, signature)) {
        return;
      }
    }
    throw new WebhookVerificationException("Webhook signature does not match the body");
  }

  private byte[] sign(String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) '.');
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "WebhookVerifier[tolerance=" + tolerance + "]";
  }
}
