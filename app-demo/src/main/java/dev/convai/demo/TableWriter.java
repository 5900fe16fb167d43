package dev.convai.demo;

import dev.convai.conversation.Conversation;
import java.io.PrintWriter;

/** {@code --format table}: a block of aligned text per conversation, for people. */
final class TableWriter extends RecordWriter {

  TableWriter(PrintWriter out) {
    super(out);
  }

  @Override
  void writeRecord(Conversation conversation) {
    out.println(conversation.conversationId() + "  agent " + conversation.agentId());
    out.println();
  }
}
