package dev.convai.conversation;

/** Placeholder until the generated model lands. */
public interface Conversation {
  ConversationId conversationId();

  AgentId agentId();
}
