package dev.convai.batch;

import dev.convai.analysis.Analysis;
import dev.convai.conversation.AgentId;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.conversation.ConversationMetadata;
import dev.convai.conversation.ConversationStatus;

/** Small conversations built in the tests, so the batch is tested on core alone. */
final class TestConversations {

  private TestConversations() {}

  /** A done conversation without analysis: enough for the batch mechanics. */
  static Conversation of(ConversationId id) {
    return builder(id).build();
  }

  /** A done conversation with this analysis. */
  static Conversation of(ConversationId id, Analysis analysis) {
    return builder(id).analysis(analysis).build();
  }

  private static dev.convai.conversation.ImmutableConversation.Builder builder(ConversationId id) {
    return Conversation.builder()
        .conversationId(id)
        .agentId(AgentId.of("agent_test"))
        .status(ConversationStatus.DONE)
        .metadata(ConversationMetadata.builder().startTimeUnixSecs(1_700_000_000L).callDurationSecs(42).build());
  }
}
