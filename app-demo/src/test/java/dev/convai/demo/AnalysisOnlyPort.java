package dev.convai.demo;

import dev.convai.analysis.AnalysisScope;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.ConversationAnalysisPort;
import java.util.concurrent.CompletionStage;

/**
 * A port written as a lambda for tests that only run analyses: an evaluation run is answered as
 * an analysis run of the same conversation.
 */
@FunctionalInterface
interface AnalysisOnlyPort extends ConversationAnalysisPort {

  @Override
  default CompletionStage<Conversation> runEvaluation(ConversationId id, String evaluationId, AnalysisOptions options) {
    ConversationAnalysisPort.requireEvaluationId(evaluationId);
    return runAnalysis(id, options);
  }

  @Override
  default CompletionStage<Conversation> runEvaluation(
      ConversationId id, String evaluationId, AnalysisScope scope, AnalysisOptions options) {
    ConversationAnalysisPort.requireEvaluationId(evaluationId);
    return runAnalysis(id, options);
  }
}
