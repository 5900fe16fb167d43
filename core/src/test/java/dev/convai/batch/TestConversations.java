package dev.convai.batch;

import dev.convai.conversation.AgentId;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;

/** Minimal conversations for the batch mechanics, which never look inside them. */
final class TestConversations {

  private TestConversations() {}

  static Conversation of(ConversationId id) {
    return new Minimal(id, AgentId.of("agent_test"));
  }

  private record Minimal(ConversationId conversationId, AgentId agentId) implements Conversation {}
}
