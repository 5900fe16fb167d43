package dev.convai.readme;

import dev.convai.adapter.fake.FakeConversationAnalysisAdapter;
import dev.convai.adapter.http.ConversationJson;
import dev.convai.adapter.http.HttpConversationAnalysisAdapter;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the README's hidden contexts stand in for: values a reader's application already has where
 * a snippet starts. Used in the snippet's own JVM, whose environment {@link ReadmeSnippetsTest} sets
 * ({@code ELEVENLABS_API_KEY}, {@code ELEVENLABS_BASE_URL} of its local server, {@code
 * ELEVENLABS_WEBHOOK_SECRET}).
 */
public final class ReadmeFixtures {

  /** The data-collection value every fixture conversation carries under {@code order_id}. */
  public static final long ORDER_ID = 1042L;

  private ReadmeFixtures() {}

  /** A done, analysed conversation with an {@code order_id}, as the API would return it. */
  public static Conversation conversation() {
    return conversation(ConversationId.of("conv_01jwzz3ygceg7v0te0rewn2nzj"));
  }

  /** The conversation the local server answers for this id: the fake's, with an {@code order_id}. */
  public static Conversation conversation(ConversationId id) {
    try (FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.create()) {
      return fake.forceValue(id, "order_id", JsonValue.of(ORDER_ID)).runAnalysis(id).toCompletableFuture().join();
    }
  }

  /** An adapter configured from the environment: the snippet's JVM points it at the local server. */
  public static HttpConversationAnalysisAdapter adapter() {
    return HttpConversationAnalysisAdapter.fromEnv();
  }

  /** A post-call transcription webhook body, as delivered. */
  public static String webhookBody() {
    return "{\"type\":\"post_call_transcription\",\"event_timestamp\":"
        + Instant.now().getEpochSecond()
        + ",\"data\":"
        + ConversationJson.encode(conversation())
        + "}";
  }

  /** The request of a delivery of this body, signed now with {@code ELEVENLABS_WEBHOOK_SECRET}. */
  public static Request signedRequest(String rawBody) {
    String secret = Objects.requireNonNull(System.getenv("ELEVENLABS_WEBHOOK_SECRET"), "ELEVENLABS_WEBHOOK_SECRET");
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] signature = mac.doFinal((timestamp + "." + rawBody).getBytes(StandardCharsets.UTF_8));
      return new Request(Map.of("ElevenLabs-Signature", "t=" + timestamp + ",v0=" + HexFormat.of().formatHex(signature)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The headers of an incoming request, as a servlet or a Spring handler offers them. */
  public static final class Request {
    private final Map<String, String> headers;

    Request(Map<String, String> headers) {
      this.headers = Map.copyOf(headers);
    }

    /** The header's value, or {@code null}. */
    public String getHeader(String name) {
      return headers.get(name);
    }
  }

  /** An application's logger, SLF4J-shaped, printing to standard output. */
  public static final class Log {
    /** Logs a warning. */
    public void warn(String format, Object... arguments) {
      System.out.println("WARN " + format(format, arguments));
    }

    /** Logs an error. */
    public void error(String format, Object... arguments) {
      System.out.println("ERROR " + format(format, arguments));
    }

    private static String format(String format, Object... arguments) {
      String text = format;
      for (Object argument : arguments) {
        text = text.replaceFirst("\\{}", java.util.regex.Matcher.quoteReplacement(String.valueOf(argument)));
      }
      return text;
    }
  }
}
