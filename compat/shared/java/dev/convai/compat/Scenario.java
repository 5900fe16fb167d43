package dev.convai.compat;

import dev.convai.adapter.http.ConversationJson;
import dev.convai.adapter.http.HttpConversationAnalysisAdapter;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import java.util.concurrent.TimeUnit;

/**
 * What every scenario checks, whichever adapter artifact (plain or shaded) is on its classpath:
 * a call through the adapter to a local server, and a webhook payload decoded.
 */
public final class Scenario {

  /** The id every scenario analyses. */
  public static final String CONVERSATION_ID = "conv_compat_0001";

  private Scenario() {}

  /** An adapter pointed at the local server, as an application would build it. */
  public static HttpConversationAnalysisAdapter adapterFor(FixtureApi api) {
    return HttpConversationAnalysisAdapter.builder()
        .apiKey(FixtureApi.API_KEY)
        .baseUrl(api.baseUrl())
        .build();
  }

  /** Runs the analysis of {@link #CONVERSATION_ID} through a fresh adapter; waits at most 60 s. */
  public static Conversation runAnalysis(FixtureApi api) throws Exception {
    try (HttpConversationAnalysisAdapter adapter = adapterFor(api)) {
      return adapter
          .runAnalysis(ConversationId.of(CONVERSATION_ID))
          .toCompletableFuture()
          .get(60, TimeUnit.SECONDS);
    }
  }

  /** Decodes the documented post-call webhook's {@code data} object. */
  public static Conversation decodeWebhookData() {
    return ConversationJson.decode(FixtureApi.fixture("post-call-webhook-data.json"));
  }

  /** The Netty version on the classpath, or "none" (the shaded adapter carries its own). */
  public static String nettyVersion() {
    try {
      Class<?> version = Class.forName("io.netty.util.Version");
      @SuppressWarnings("unchecked")
      java.util.Map<String, ?> all =
          (java.util.Map<String, ?>) version.getMethod("identify").invoke(null);
      Object common = all.get("netty-common");
      return common == null
          ? "unknown"
          : (String) common.getClass().getMethod("artifactVersion").invoke(common);
    } catch (ClassNotFoundException e) {
      return "none";
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
