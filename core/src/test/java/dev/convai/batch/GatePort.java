package dev.convai.batch;

import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.ConversationAnalysisPort;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** A port whose calls stay pending until the test completes them, so the test controls every step. */
final class GatePort implements AnalysisOnlyPort {

  record Call(ConversationId id, CompletableFuture<Conversation> future) {
    void succeed() {
      future.complete(TestConversations.of(id));
    }

    void fail(RuntimeException failure) {
      future.completeExceptionally(failure);
    }
  }

  private final List<Call> calls = new CopyOnWriteArrayList<>();

  @Override
  public CompletionStage<Conversation> runAnalysis(ConversationId id, AnalysisOptions options) {
    CompletableFuture<Conversation> future = new CompletableFuture<>();
    calls.add(new Call(id, future));
    return future;
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  List<Call> pending() {
    return calls.stream().filter(call -> !call.future().isDone()).toList();
  }
}
