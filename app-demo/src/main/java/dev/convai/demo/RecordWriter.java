package dev.convai.demo;

import dev.convai.adapter.http.ConversationJson;
import dev.convai.conversation.Conversation;
import java.io.PrintWriter;

/**
 * Prints analysed conversations on standard output in one {@link OutputFormat}, one at a time as
 * they complete, so nothing is buffered beyond the current record.
 */
abstract class RecordWriter {

  final PrintWriter out;

  RecordWriter(PrintWriter out) {
    this.out = out;
  }

  /** A writer for this format; JSON formats write each conversation as {@link ConversationJson#encode}. */
  static RecordWriter create(OutputFormat format, PrintWriter out) {
    return switch (format) {
      case JSON -> new JsonArrayWriter(out);
      case JSONL -> new JsonLinesWriter(out);
      case CSV -> new CsvWriter(out);
      case TABLE -> new TableWriter(out);
    };
  }

  /** Before the first record (a CSV header, say). */
  void begin() {}

  /** One record; flushed, so a pipeline sees it at once. */
  final void write(Conversation conversation) {
    writeRecord(conversation);
    out.flush();
  }

  abstract void writeRecord(Conversation conversation);

  /** After the last record (the end of a JSON array, say). */
  void end() {
    out.flush();
  }

  /**
   * {@code --format json}: always one array, whatever the number of ids, so that a script's
   * parsing does not depend on how many ids it passed. Elements are {@link ConversationJson#encode}'s text, unchanged.
   */
  static final class JsonArrayWriter extends RecordWriter {
    private boolean first = true;

    JsonArrayWriter(PrintWriter out) {
      super(out);
    }

    @Override
    void writeRecord(Conversation conversation) {
      out.print(first ? "[\n" : ",\n");
      out.print(ConversationJson.encode(conversation));
      first = false;
    }

    @Override
    void end() {
      out.print(first ? "[]\n" : "\n]\n");
      super.end();
    }
  }

  /** {@code --format jsonl}: one encoded conversation per line. */
  static final class JsonLinesWriter extends RecordWriter {
    JsonLinesWriter(PrintWriter out) {
      super(out);
    }

    @Override
    void writeRecord(Conversation conversation) {
      String json = ConversationJson.encode(conversation);
      if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
        // JSON lines allows no line break inside a record; encode writes compact JSON.
        throw new IllegalStateException("ConversationJson.encode wrote a line break into a JSON lines record");
      }
      out.print(json);
      out.print('\n');
    }
  }
}
