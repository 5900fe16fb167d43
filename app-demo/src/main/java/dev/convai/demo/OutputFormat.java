package dev.convai.demo;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/** How {@code analyze} prints conversations on standard output. */
enum OutputFormat {
  /** For people: one block per conversation. */
  TABLE,
  /** One JSON array of conversations, each as {@code ConversationJson.encode} writes it. */
  JSON,
  /** One conversation per line, as {@code ConversationJson.encode} writes it. */
  JSONL,
  /** One CSV row per conversation, with a header row. */
  CSV;

  /** Whether standard output carries only records, so everything else goes to standard error. */
  boolean machineReadable() {
    return this != TABLE;
  }

  /** The lower-case names shown in {@code --help}. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(value -> value.name().toLowerCase(Locale.ROOT)).iterator();
    }
  }
}
