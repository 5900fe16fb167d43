package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.AdapterClosedException;
import dev.convai.port.FailureKind;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A closed adapter fails calls as {@link FailureKind#CLOSED}, which no retry logic takes for a network failure. */
class ClosedAdapterTest {

  private static final ConversationId ID = ConversationId.of("conv_closed");

  @Test
  void aCallAfterCloseFailsAsClosedWithoutARequest() {
    try (TestServer server = TestServer.start()) {
      HttpConversationAnalysisAdapter adapter =
          HttpConversationAnalysisAdapter.builder().apiKey("sk_test_closed").baseUrl(server.baseUrl()).build();
      adapter.close();

      AdapterClosedException failure = Outcomes.failure(adapter.runAnalysis(ID), AdapterClosedException.class);

      assertEquals(FailureKind.CLOSED, failure.kind());
      assertEquals(0, failure.attempts());
      assertEquals(0, server.requestCount());
      assertTrue(failure.getMessage().contains("closed"), failure.getMessage());
    }
  }

  @Test
  void aCallInFlightAtCloseFailsAsClosed() {
    try (TestServer server = TestServer.start()) {
      server.reply(TestServer.Reply.silence());
      HttpConversationAnalysisAdapter adapter =
          HttpConversationAnalysisAdapter.builder()
              .apiKey("sk_test_closed")
              .baseUrl(server.baseUrl())
              .requestTimeout(Duration.ofSeconds(30))
              .build();
      CompletableFuture<Conversation> call = adapter.runAnalysis(ID);
      server.awaitRequests(1);

      adapter.close();

      AdapterClosedException failure = Outcomes.failure(call, AdapterClosedException.class);
      assertEquals(FailureKind.CLOSED, failure.kind());
      assertEquals(1, failure.attempts());
      assertEquals(FailureKind.CLOSED, Outcomes.failure(adapter.runAnalysis(ID)).kind());
      assertEquals(1, server.requestCount(), "nothing retried");
    }
  }
}
