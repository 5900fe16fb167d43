package dev.convai.port.contract;

import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationHistoryPort;

/**
 * What {@link ConversationHistoryPortContract} needs from an implementation's test: the port, a
 * backend that holds exactly the conversations the contract scripts (nothing else is listed), and
 * a count of the listing requests that reached it. One harness serves one test method.
 */
public interface HistoryHarness extends AutoCloseable {

  /** The implementation under test. The same instance for the life of the harness. */
  ConversationHistoryPort port();

  /** Makes the backend hold this conversation, so that getting it returns it and listing shows it. */
  void scriptConversation(Conversation conversation);

  /** An id the backend has no conversation for. */
  ConversationId unknownId();

  /** How many listing requests reached the backend since the harness was opened. */
  int listRequestsReceived();

  /** Releases what the harness holds. */
  @Override
  void close();
}
