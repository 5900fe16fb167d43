package dev.convai.demo;

import dev.convai.conversation.ConversationId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The ids to analyse: those on the command line, then those of the ids file, read lazily one line
 * at a time so that a file of millions of ids is never held in memory.
 *
 * <p>File format: one id per line, UTF-8; surrounding blanks are ignored, as are empty lines and
 * lines starting with {@code #}.
 */
final class IdSource {

  /** {@code --ids-file -}: read the ids from standard input. */
  static final String STDIN = "-";

  private IdSource() {}

  /**
   * The ids as a lazy stream; closing it closes the file. An invalid line surfaces while the
   * stream is consumed, as an {@link InvalidIdException} naming the line.
   */
  static Stream<ConversationId> open(List<ConversationId> arguments, Optional<String> idsFile, InputStream stdin)
      throws IOException {
    if (idsFile.isEmpty()) {
      return arguments.stream();
    }
    String name = idsFile.get();
    BufferedReader reader =
        name.equals(STDIN)
            ? new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))
            : Files.newBufferedReader(Path.of(name), StandardCharsets.UTF_8);
    String label = name.equals(STDIN) ? "standard input" : name;
    LineIds lines = new LineIds(reader, label);
    Stream<ConversationId> fromFile =
        StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL), false)
            .onClose(lines::close);
    return Stream.concat(arguments.stream(), fromFile);
  }

  /**
   * How many ids there will be, for the progress bar's ETA: known for arguments and a regular
   * file (counted in one streaming pass), unknown for standard input.
   */
  static OptionalLong count(List<ConversationId> arguments, Optional<String> idsFile) {
    if (idsFile.isEmpty()) {
      return OptionalLong.of(arguments.size());
    }
    if (idsFile.get().equals(STDIN) || !Files.isRegularFile(Path.of(idsFile.get()))) {
      return OptionalLong.empty();
    }
    try (Stream<String> lines = Files.lines(Path.of(idsFile.get()), StandardCharsets.UTF_8)) {
      return OptionalLong.of(arguments.size() + lines.filter(IdSource::isId).count());
    } catch (IOException | UncheckedIOException unreadable) {
      // The batch itself will report the problem; the bar just goes without a total.
      return OptionalLong.empty();
    }
  }

  private static boolean isId(String line) {
    String trimmed = line.strip();
    return !trimmed.isEmpty() && !trimmed.startsWith("#");
  }

  /** The ids of a reader's lines, parsed one at a time. */
  private static final class LineIds implements Iterator<ConversationId> {
    private final BufferedReader reader;
    private final String label;
    private long lineNumber;
    private ConversationId next;

    LineIds(BufferedReader reader, String label) {
      this.reader = reader;
      this.label = label;
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        String line;
        try {
          line = reader.readLine();
        } catch (IOException e) {
          throw new UncheckedIOException("Reading ids from " + label + " failed", e);
        }
        if (line == null) {
          return false;
        }
        lineNumber++;
        if (isId(line)) {
          try {
            next = ConversationId.of(line.strip());
          } catch (IllegalArgumentException invalid) {
            throw new InvalidIdException(label + ", line " + lineNumber + ": " + invalid.getMessage(), invalid);
          }
        }
      }
      return true;
    }

    @Override
    public ConversationId next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ConversationId id = next;
      next = null;
      return id;
    }

    void close() {
      try {
        reader.close();
      } catch (IOException e) {
        throw new UncheckedIOException("Closing " + label + " failed", e);
      }
    }
  }

  /** A line of the ids file that is not a valid conversation id: a usage error. */
  static final class InvalidIdException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InvalidIdException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
