package dev.convai.archfixtures.port;

import java.util.concurrent.CompletionStage;

/** Compliant: the fixture port, JDK types only. */
public interface ConversationAnalysisPort {
  CompletionStage<String> runAnalysis(String conversationId);
}
