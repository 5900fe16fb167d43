package dev.convai.adapter.fake;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.convai.conversation.Conversation;
import dev.convai.port.ConversationAnalysisException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for stages in tests: bounded so a stage that never completes fails instead of hanging. */
final class Stages {

  private static final long PATIENCE_SECONDS = 30;

  private Stages() {}

  static Conversation value(CompletionStage<Conversation> stage) {
    try {
      return stage.toCompletableFuture().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("expected a conversation, the call failed", e.getCause());
    } catch (TimeoutException | InterruptedException e) {
      throw new AssertionError("the stage did not complete", e);
    }
  }

  static ConversationAnalysisException failure(CompletionStage<Conversation> stage) {
    try {
      Conversation value = stage.toCompletableFuture().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
      throw new AssertionError("expected a failure, got the conversation " + value.conversationId());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof CompletionException ? e.getCause().getCause() : e.getCause();
      return assertInstanceOf(ConversationAnalysisException.class, cause);
    } catch (TimeoutException | InterruptedException e) {
      throw new AssertionError("the stage did not complete", e);
    }
  }

  /** A failure of this type. */
  static <T extends ConversationAnalysisException> T failure(Class<T> type, CompletionStage<Conversation> stage) {
    return assertInstanceOf(type, failure(stage));
  }
}
