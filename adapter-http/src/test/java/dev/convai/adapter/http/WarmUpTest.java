package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.adapter.http.internal.WireCodec;
import dev.convai.conversation.Conversation;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The warm-up readies decoding without a request, and its future is the adapter's own. */
class WarmUpTest {

  @Test
  void theSampleShippedForTheWarmUpIsAConversationWithTurns() throws IOException {
    byte[] sample;
    try (InputStream in = WireCodec.class.getResourceAsStream("warm-up-conversation.json")) {
      assertNotNull(in, "warm-up-conversation.json is in the jar beside WireCodec");
      sample = in.readAllBytes();
    }

    Conversation decoded = ConversationJson.decode(sample);

    assertFalse(decoded.transcript().isEmpty(), "a sample without turns would leave the transcript path cold");
    assertTrue(decoded.analysis().isPresent(), "a sample without an analysis would leave that path cold");
  }

  @Test
  void theHttpCodecWarmUpDecodesBothOfItsResponses() {
    // Each response decodes into at least a head and its last content.
    assertTrue(HttpCodecWarmUp.run() >= 4);
  }

  @Test
  void aBuiltAdapterWarmsUpWithoutSendingAnything() throws Exception {
    try (TestServer server = TestServer.start();
        HttpConversationAnalysisAdapter adapter =
            HttpConversationAnalysisAdapter.builder().apiKey("sk_test_warm").baseUrl(server.baseUrl()).build()) {
      adapter.warmUp().get(30, TimeUnit.SECONDS);

      assertEquals(0, server.requestCount());
    }
  }

  @Test
  void onceOneAdapterHasWarmedUpAnotherStartsNoThreadForIt() throws Exception {
    try (TestServer server = TestServer.start()) {
      try (HttpConversationAnalysisAdapter first =
          HttpConversationAnalysisAdapter.builder().apiKey("sk_test_warm").baseUrl(server.baseUrl()).build()) {
        first.warmUp().get(30, TimeUnit.SECONDS);
      }
      Set<String> before = adapterThreads();

      try (HttpConversationAnalysisAdapter second =
          HttpConversationAnalysisAdapter.builder().apiKey("sk_test_warm").baseUrl(server.baseUrl()).build()) {
        second.warmUp().get(30, TimeUnit.SECONDS);

        Set<String> started = adapterThreads();
        started.removeAll(before);
        assertEquals(Set.of(), started, "the warm-up is shared, not run again");
      }
    }
  }

  private static Set<String> adapterThreads() {
    Set<String> names = new HashSet<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("convai-http-")) {
        names.add(thread.getName());
      }
    }
    return names;
  }

  @Test
  void completingTheReturnedFutureDoesNotCompleteTheWarmUp() throws Exception {
    try (TestServer server = TestServer.start();
        HttpConversationAnalysisAdapter adapter =
            HttpConversationAnalysisAdapter.builder()
                .apiKey("sk_test_warm")
                .baseUrl(server.baseUrl())
                .warmUpOnBuild(false)
                .build()) {
      CompletableFuture<Void> first = adapter.warmUp();
      first.completeExceptionally(new IllegalStateException("the caller's own"));

      CompletableFuture<Void> second = adapter.warmUp();
      second.get(30, TimeUnit.SECONDS);
      assertFalse(second.isCompletedExceptionally());
    }
  }

  @Test
  void aClosedAdapterReportsItsWarmUpDoneInsteadOfHanging() throws Exception {
    try (TestServer server = TestServer.start()) {
      HttpConversationAnalysisAdapter adapter =
          HttpConversationAnalysisAdapter.builder()
              .apiKey("sk_test_warm")
              .baseUrl(server.baseUrl())
              .warmUpOnBuild(false)
              .build();
      adapter.close();

      adapter.warmUp().get(30, TimeUnit.SECONDS);
    }
  }
}
