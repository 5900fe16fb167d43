package dev.convai.demo;

import dev.convai.conversation.Conversation;
import java.io.PrintWriter;
import java.util.List;

/** {@code --format csv}: a header, then one RFC 4180 row per conversation. */
final class CsvWriter extends RecordWriter {

  static final List<String> HEADER = List.of("conversation_id", "agent_id");

  CsvWriter(PrintWriter out) {
    super(out);
  }

  @Override
  void begin() {
    row(HEADER);
  }

  @Override
  void writeRecord(Conversation conversation) {
    row(List.of(conversation.conversationId().value(), conversation.agentId().value()));
  }

  private void row(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(quote(cells.get(i)));
    }
    // RFC 4180 ends rows with CRLF, which every CSV reader accepts.
    out.print(line.append("\r\n"));
  }

  /** A cell, quoted when it holds a separator, a quote or a line break. */
  static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
