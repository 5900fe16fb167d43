package dev.convai.archfixtures.adapter.fake;

import dev.convai.archfixtures.port.ConversationAnalysisPort;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Compliant: implements the port under an {@code *Adapter} name, JDK types only. */
public class ScriptedFixtureAdapter implements ConversationAnalysisPort {
  @Override
  public CompletionStage<String> runAnalysis(String conversationId) {
    return CompletableFuture.completedFuture(conversationId);
  }
}
