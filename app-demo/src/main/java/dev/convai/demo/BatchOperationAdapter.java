package dev.convai.demo;

import dev.convai.analysis.AnalysisScope;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.ConversationAnalysisPort;
import dev.convai.port.ConversationHistoryPort;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Adapts what the batch does for each id to the one port operation the batch service calls
 * ({@code runAnalysis}): run the analysis, run one evaluation again, or get the conversation as it
 * is. The batch's concurrency, rate-limit handling and report then apply to each alike.
 */
final class BatchOperationAdapter implements ConversationAnalysisPort {

  private interface Call {
    CompletionStage<Conversation> apply(ConversationId id, AnalysisOptions options);
  }

  private final Call call;
  private final String description;

  private BatchOperationAdapter(Call call, String description) {
    this.call = call;
    this.description = description;
  }

  /** {@code analyze}: run the analysis. */
  static ConversationAnalysisPort analysis(ConversationAnalysisPort port) {
    return Objects.requireNonNull(port, "port");
  }

  /** {@code analyze --evaluation ID [--scope S]}: run one evaluation criterion again. */
  static ConversationAnalysisPort evaluation(ConversationAnalysisPort port, String evaluationId, Optional<AnalysisScope> scope) {
    ConversationAnalysisPort.requireEvaluationId(evaluationId);
    return new BatchOperationAdapter(
        (id, options) ->
            scope.isPresent()
                ? port.runEvaluation(id, evaluationId, scope.get(), options)
                : port.runEvaluation(id, evaluationId, options),
        "evaluation " + evaluationId);
  }

  /** {@code fetch}: get each conversation as it is now. */
  static ConversationAnalysisPort get(ConversationHistoryPort history) {
    Objects.requireNonNull(history, "history");
    return new BatchOperationAdapter(history::getConversation, "get");
  }

  @Override
  public CompletionStage<Conversation> runAnalysis(ConversationId id, AnalysisOptions options) {
    return call.apply(id, options);
  }

  /** Not part of a batch operation: the batch only ever calls {@link #runAnalysis}. */
  @Override
  public CompletionStage<Conversation> runEvaluation(ConversationId id, String evaluationId, AnalysisOptions options) {
    throw new UnsupportedOperationException("a batch operation (" + description + ") only runs its own call");
  }

  /** Not part of a batch operation: the batch only ever calls {@link #runAnalysis}. */
  @Override
  public CompletionStage<Conversation> runEvaluation(
      ConversationId id, String evaluationId, AnalysisScope scope, AnalysisOptions options) {
    throw new UnsupportedOperationException("a batch operation (" + description + ") only runs its own call");
  }

  @Override
  public String toString() {
    return "BatchOperationAdapter[" + description + "]";
  }
}
