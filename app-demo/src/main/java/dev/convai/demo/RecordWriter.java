package dev.convai.demo;

import dev.convai.conversation.Conversation;
import java.io.PrintWriter;
import java.util.function.Function;

/**
 * Prints analysed conversations on standard output in one {@link OutputFormat}, one at a time as
 * they complete, so nothing is buffered beyond the current record.
 */
abstract class RecordWriter {

  final PrintWriter out;

  RecordWriter(PrintWriter out) {
    this.out = out;
  }

  /** A writer for this format; {@code encoder} writes one conversation as the API's JSON. */
  static RecordWriter create(OutputFormat format, PrintWriter out, Function<Conversation, String> encoder) {
    return switch (format) {
      case JSON -> new JsonArrayWriter(out, encoder);
      case JSONL -> new JsonLinesWriter(out, encoder);
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
   * parsing does not depend on how many ids it passed. Elements are the encoder's text, unchanged.
   */
  static final class JsonArrayWriter extends RecordWriter {
    private final Function<Conversation, String> encoder;
    private boolean first = true;

    JsonArrayWriter(PrintWriter out, Function<Conversation, String> encoder) {
      super(out);
      this.encoder = encoder;
    }

    @Override
    void writeRecord(Conversation conversation) {
      out.print(first ? "[\n" : ",\n");
      out.print(encoder.apply(conversation));
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
    private final Function<Conversation, String> encoder;

    JsonLinesWriter(PrintWriter out, Function<Conversation, String> encoder) {
      super(out);
      this.encoder = encoder;
    }

    @Override
    void writeRecord(Conversation conversation) {
      String json = encoder.apply(conversation);
      if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
        // JSON lines allows no line break inside a record; the encoder's output is compact.
        throw new IllegalStateException("The encoder wrote a line break into a JSON lines record");
      }
      out.print(json);
      out.print('\n');
    }
  }
}
