package dev.convai.demo;

import dev.convai.adapter.http.ConversationJson;
import dev.convai.port.MalformedResponseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a run: a JSON lines file of conversations as {@code analyze} or {@code fetch} write them
 * with {@code --format jsonl}, one at a time, keeping only what {@code diff} compares.
 */
final class RunFile {

  private RunFile() {}

  /**
   * Hands each conversation of the file to the consumer, in file order; blank lines are skipped.
   *
   * @throws BadRunFileException naming the file and line when a line is not a conversation
   * @throws IOException when the file cannot be read
   */
  static void read(Path file, Consumer<RunRecord> records) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        RunRecord record;
        try {
          record = RunRecord.of(ConversationJson.decode(line));
        } catch (MalformedResponseException | IllegalArgumentException notAConversation) {
          throw new BadRunFileException(
              file + ", line " + number + ": not a conversation in the API's JSON ("
                  + oneLine(notAConversation.getMessage()) + ")",
              notAConversation);
        }
        records.accept(record);
      }
    }
  }

  private static String oneLine(String message) {
    return message == null ? "undecodable" : message.replaceAll("\\s+", " ").strip();
  }

  /** A line of a run file that is not a conversation: a usage error, not a crash. */
  static final class BadRunFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadRunFileException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
