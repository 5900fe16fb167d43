package dev.convai.port;

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
 * <p>Ids that can never be valid are refused earlier, by {@link ConversationId#of(String)}.
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
}
