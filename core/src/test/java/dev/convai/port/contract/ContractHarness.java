package dev.convai.port.contract;

import dev.convai.analysis.Verdict;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationAnalysisPort;
import dev.convai.port.FailureKind;

/**
 * What {@link ConversationAnalysisPortContract} needs from an implementation's test: the port
 * under test, and a way to arrange what its backend holds. One harness serves one test method;
 * the contract closes it afterwards.
 *
 * <p>Scripting happens before the calls it is meant for and is never mixed with calls in flight,
 * so a harness may take its time (start a server, seed a store) without synchronising with the
 * port.
 */
public interface ContractHarness extends AutoCloseable {

  /** The implementation under test. The same instance for the life of the harness. */
  ConversationAnalysisPort port();

  /**
   * Makes the backend hold this conversation under its id, so that running its analysis returns
   * it as given: equal to it, field for field, including the analysis it carries. The contract's
   * conversations are those of {@link ContractConversations}.
   */
  void scriptConversation(Conversation conversation);

  /**
   * Makes every request for this id fail in this way until the harness is closed. For the kinds
   * with an HTTP status, the status of that kind ({@code 404}, {@code 400} or {@code 422},
   * {@code 401}, {@code 403}, {@code 409}, {@code 429}, a {@code 5xx}, any other status for
   * {@link FailureKind#UNEXPECTED_STATUS}); {@link FailureKind#TIMEOUT}: no answer within the
   * port's deadline, which the harness configures so that it passes within seconds;
   * {@link FailureKind#TRANSPORT}: the connection breaks; {@link FailureKind#MALFORMED_RESPONSE}: a
   * success status with a body that is not a conversation.
   */
  void scriptFailure(ConversationId id, FailureKind kind);

  /**
   * Makes the backend's next runs of this evaluation criterion, for this conversation, give this
   * verdict, and leave every other result of the conversation as it holds it. The backend holds
   * the conversation through {@link #scriptConversation} before the run.
   */
  void scriptEvaluation(ConversationId id, String evaluationId, Verdict verdict);

  /** An id the backend has no conversation for, so that the port reports not-found. */
  ConversationId unknownId();

  /**
   * How many requests for this id reached the backend since the harness was opened: for an
   * in-memory port its calls, for a remote one the requests its server received.
   */
  int requestsReceived(ConversationId id);

  /** Releases what the harness holds (the port, servers, threads). Never throws for a clean stop. */
  @Override
  void close();
}
