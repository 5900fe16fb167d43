package dev.convai.archfixtures.adapter.fake;

import dev.convai.archfixtures.port.ConversationAnalysisPort;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Violates rule 6: implements the port directly, but is not named {@code *Adapter}. */
public final class CannedPort implements ConversationAnalysisPort {
  @Override
  public CompletionStage<String> runAnalysis(String conversationId) {
    return CompletableFuture.completedFuture("canned");
  }
}
