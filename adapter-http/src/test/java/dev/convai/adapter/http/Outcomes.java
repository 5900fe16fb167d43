package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import dev.convai.conversation.Conversation;
import dev.convai.port.ConversationAnalysisException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for a call's outcome, boundedly, so that a hanging call fails its test instead of the build. */
final class Outcomes {

  /** Longer than any test's scripted waits; only a hang reaches it. */
  static final long WAIT_SECONDS = 10;

  private Outcomes() {}

  static ConversationAnalysisException failure(CompletionStage<Conversation> stage) {
    try {
      Conversation c = stage.toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
      return fail("Expected a failure, got a conversation " + c.conversationId());
    } catch (ExecutionException e) {
      return assertInstanceOf(ConversationAnalysisException.class, e.getCause(), "failure type");
    } catch (TimeoutException e) {
      return fail("The call did not complete within " + WAIT_SECONDS + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("Interrupted");
    }
  }

  static <T extends ConversationAnalysisException> T failure(CompletionStage<Conversation> stage, Class<T> type) {
    return assertInstanceOf(type, failure(stage));
  }

  static <T> T success(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("Expected a value, got " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("The call did not complete within " + WAIT_SECONDS + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted");
    }
  }
}
