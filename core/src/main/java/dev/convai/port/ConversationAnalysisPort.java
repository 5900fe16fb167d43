package dev.convai.port;

import dev.convai.analysis.AnalysisScope;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import java.util.concurrent.CompletionStage;

/**
 * Runs the analysis of a conversation with its agent's <em>current</em> evaluation criteria and
 * data-collection settings, and returns the whole conversation with the new analysis.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>{@code runAnalysis} never throws and never returns {@code null}. It returns a stage that
 *       completes exactly once: normally with a non-null {@link Conversation} whose
 *       {@link Conversation#conversationId()} is the requested id, or exceptionally with exactly
 *       one subclass of {@link ConversationAnalysisException} (possibly wrapped in a
 *       {@link java.util.concurrent.CompletionException} by {@code CompletionStage} composition).
 *   <li>Which failure for which case: 404 {@link ConversationNotFoundException}; 400 and 422
 *       {@link InvalidRequestException}; 401 {@link AuthenticationException}; 403
 *       {@link PermissionDeniedException}; 409 {@link ConflictException}; 429
 *       {@link RateLimitedException}; 5xx {@link ServerErrorException}; another status
 *       {@link UnexpectedStatusException}; deadline passed {@link AnalysisTimeoutException};
 *       connection failures {@link TransportException}; an undecodable body
 *       {@link MalformedResponseException}; a call on an adapter that is closed, or closed while
 *       the call runs, {@link AdapterClosedException}.
 *   <li>{@link AdapterClosedException} ({@link FailureKind#CLOSED}) is final: it is never retried,
 *       and callers must not retry it either, since every later call on that adapter fails the
 *       same way. Only {@link TransportException} means the network failed.
 *   <li>Retryable failures (408, 409, 429, 5xx, connection failures) are retried as the adapter
 *       is configured, as far as {@link AnalysisOptions#mayRetry} allows for the call (not at all
 *       with {@link AnalysisOptions#retries()} off); the failure then reports the number of
 *       attempts made.
 *   <li>Implementations are thread-safe: any number of calls may run at once from any threads.
 *       Stages may complete on an adapter's own thread; each adapter says which, and whether a
 *       callback may block.
 * </ul>
 *
 * <p>Ids that can never be valid are refused earlier, by {@link ConversationId#of(String)}; a blank
 * evaluation id is refused by {@code runEvaluation} itself, with an
 * {@link IllegalArgumentException}, before any request. {@code runEvaluation} follows the same
 * contract as {@code runAnalysis} in every other respect.
 */
public interface ConversationAnalysisPort {

  /**
   * Runs the analysis with the adapter's default options.
   *
   * @param id the conversation to analyse
   * @return a stage completed with the analysed conversation or a {@link ConversationAnalysisException}
   */
  default CompletionStage<Conversation> runAnalysis(ConversationId id) {
    return runAnalysis(id, AnalysisOptions.defaults());
  }

  /**
   * Runs the analysis with options for this call.
   *
   * @param id the conversation to analyse
   * @param options retries and deadline for this call
   * @return a stage completed with the analysed conversation or a {@link ConversationAnalysisException}
   */
  CompletionStage<Conversation> runAnalysis(ConversationId id, AnalysisOptions options);

  /**
   * Runs one evaluation criterion again, with the adapter's default options and the API's default
   * scope ({@code scope} is not sent), and returns the whole conversation: that criterion's result
   * is new, the other results are as they were.
   *
   * @param id the conversation
   * @param evaluationId the id of the evaluation criterion to run again
   * @return a stage completed with the conversation or a {@link ConversationAnalysisException}
   * @throws IllegalArgumentException if {@code evaluationId} is blank, before any request
   */
  default CompletionStage<Conversation> runEvaluation(ConversationId id, String evaluationId) {
    return runEvaluation(id, evaluationId, AnalysisOptions.defaults());
  }

  /**
   * Runs one evaluation criterion again with options for this call, without naming a scope
   * ({@code POST .../analysis/evaluations/run} with body {@code {"evaluation_id": ...}}).
   *
   * @param id the conversation
   * @param evaluationId the id of the evaluation criterion to run again
   * @param options retries and deadline for this call
   * @return a stage completed with the conversation or a {@link ConversationAnalysisException}
   * @throws IllegalArgumentException if {@code evaluationId} is blank, before any request
   */
  CompletionStage<Conversation> runEvaluation(ConversationId id, String evaluationId, AnalysisOptions options);

  /**
   * Runs one evaluation criterion again in this scope (body
   * {@code {"evaluation_id": ..., "scope": ...}}): {@link AnalysisScope#CONVERSATION} for the
   * whole conversation, {@link AnalysisScope#AGENT} for each agent's part, or any value the API
   * has added since.
   *
   * @param id the conversation
   * @param evaluationId the id of the evaluation criterion to run again
   * @param scope what part of the transcript the evaluation uses
   * @param options retries and deadline for this call
   * @return a stage completed with the conversation or a {@link ConversationAnalysisException}
   * @throws IllegalArgumentException if {@code evaluationId} is blank, before any request
   */
  CompletionStage<Conversation> runEvaluation(
      ConversationId id, String evaluationId, AnalysisScope scope, AnalysisOptions options);

  /**
   * Checks an evaluation id as every implementation must before any request.
   *
   * @param evaluationId the id to check
   * @return the id
   * @throws NullPointerException if it is {@code null}
   * @throws IllegalArgumentException if it is empty or only whitespace
   */
  static String requireEvaluationId(String evaluationId) {
    if (evaluationId == null) {
      throw new NullPointerException("evaluationId");
    }
    if (evaluationId.isBlank()) {
      throw new IllegalArgumentException("evaluation id must not be blank");
    }
    return evaluationId;
  }
}
